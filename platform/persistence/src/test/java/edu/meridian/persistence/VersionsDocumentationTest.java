package edu.meridian.persistence;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The versions operations are documented with the security, 401 / 403 and name of the record they belong to. */
class VersionsDocumentationTest {

    @Test
    void versionsOperationsTakeTheRecordsSecurityAndAreNamedAfterIt() {
        Operation record = OASFactory.createOperation().operationId("ThingResource_get")
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("jwt", List.of("office-staff"))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK"))
                        .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"))
                        .addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed")));
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/things/{id}", OASFactory.createPathItem().GET(record))
                .addPathItem("/api/things/{id}/versions", OASFactory.createPathItem().GET(versionsOperation()))
                .addPathItem("/api/things/{id}/versions/{version}", OASFactory.createPathItem().GET(versionsOperation()))
                .addPathItem("/api/things/{id}/versions/compare", OASFactory.createPathItem().GET(versionsOperation()))
                .addPathItem("/api/others/{id}/versions", OASFactory.createPathItem().GET(versionsOperation()))
                .addPathItem("/api/declared/{id}", OASFactory.createPathItem().GET(OASFactory.createOperation()
                        .operationId("getDeclared").security(record.getSecurity())))
                .addPathItem("/api/declared/{id}/versions", OASFactory.createPathItem().GET(OASFactory
                        .createOperation().operationId("listDeclaredVersions").security(ownSecurity()))));

        new VersionsDocumentation().filterOpenAPI(document);

        Operation list = document.getPaths().getPathItem("/api/things/{id}/versions").getGET();
        assertThat(list.getOperationId()).isEqualTo("ThingResource_versions");
        assertThat(list.getSecurity()).isEqualTo(record.getSecurity());
        assertThat(list.getResponses().getAPIResponses()).containsOnlyKeys("200", "401", "403");
        assertThat(document.getPaths().getPathItem("/api/things/{id}/versions/{version}").getGET().getOperationId())
                .isEqualTo("ThingResource_version");
        assertThat(document.getPaths().getPathItem("/api/things/{id}/versions/compare").getGET().getOperationId())
                .isEqualTo("ThingResource_compareVersions");
        Operation declared = document.getPaths().getPathItem("/api/declared/{id}/versions").getGET();
        assertThat(declared.getOperationId()).isEqualTo("listDeclaredVersions");
        assertThat(declared.getSecurity()).isEqualTo(ownSecurity());
        Operation withoutRecord = document.getPaths().getPathItem("/api/others/{id}/versions").getGET();
        assertThat(withoutRecord.getOperationId()).isEqualTo("Versions_list");
        assertThat(withoutRecord.getSecurity()).isNull();
    }

    /** Versions endpoints a resource declares itself, with roles of their own, keep their documentation. */
    private static List<org.eclipse.microprofile.openapi.models.security.SecurityRequirement> ownSecurity() {
        return List.of(OASFactory.createSecurityRequirement().addScheme("jwt", List.of("office-admin")));
    }

    private static Operation versionsOperation() {
        return OASFactory.createOperation().operationId("Versions_list").responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }
}
