package edu.meridian.persistence;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link Versions} endpoints are served to whoever may read the record (the locator carries the record
 * resource's roles), but OpenAPI does not see a locator's security, and one sub-resource class would give the
 * versions operations of every aggregate the same operationId. This documents each versions operation with the
 * security and the 401 / 403 answers of {@code GET …/{id}}, the record it belongs to, and names it after that
 * operation: {@code AgreementResource_get} → {@code AgreementResource_versions}, {@code …_version},
 * {@code …_compareVersions}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class VersionsDocumentation implements OASFilter {

    private static final Pattern VERSIONS = Pattern.compile("(.*/\\{id})/versions(/.*)?");
    private static final Map<String, String> OPERATION_NAMES = Map.of("", "versions", "/{version}", "version",
            "/compare", "compareVersions");

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> paths = openApi.getPaths().getPathItems();
        paths.forEach((path, item) -> {
            Matcher versions = VERSIONS.matcher(path);
            PathItem record = versions.matches() ? paths.get(versions.group(1)) : null;
            if (record != null && record.getGET() != null && item.getGET() != null) {
                documentLike(record.getGET(), item.getGET(), versions.group(2) == null ? "" : versions.group(2));
            }
        });
    }

    private static void documentLike(Operation record, Operation versions, String subPath) {
        String recordId = record.getOperationId();
        boolean generatedName = versions.getOperationId() == null || versions.getOperationId().startsWith("Versions_");
        if (generatedName && recordId != null && recordId.contains("_") && OPERATION_NAMES.containsKey(subPath)) {
            versions.setOperationId(recordId.substring(0, recordId.lastIndexOf('_') + 1) + OPERATION_NAMES.get(subPath));
        }
        if (versions.getSecurity() != null || record.getSecurity() == null) {
            return; // documented where it is declared (roles of its own), or nothing to copy
        }
        versions.setSecurity(record.getSecurity());
        if (record.getResponses() == null || versions.getResponses() == null) {
            return;
        }
        for (String status : new String[] {"401", "403"}) {
            APIResponse response = record.getResponses().getAPIResponse(status);
            if (response != null && versions.getResponses().getAPIResponse(status) == null) {
                versions.getResponses().addAPIResponse(status, response);
            }
        }
    }
}
