package edu.meridian.testing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenApiOperationsTest {

    private final List<ApiOperation> operations = StubService.thingsOperations();

    @Test
    void findsEveryOperationOfEveryPath() {
        assertThat(operations).extracting(ApiOperation::key).containsExactly(
                "GET /api/things", "POST /api/things", "GET /api/things/{id}", "PUT /api/things/{id}",
                "DELETE /api/things/{id}", "GET /api/things/{id}/versions/{version}", "POST /api/things/{id}/documents",
                "POST /api/things/import");
        assertThat(operations).extracting(ApiOperation::operationId).startsWith("listThings", "createThing");
    }

    @Test
    void takesParametersFromThePathAndTheOperationWithReferencesResolved() {
        ApiOperation get = operation("GET /api/things/{id}");
        assertThat(get.parameter("id", "path")).hasValueSatisfying(id -> {
            assertThat(id.required()).isTrue();
            assertThat(id.schema().path("format").asText()).isEqualTo("uuid");
        });
        assertThat(operation("GET /api/things").parameter("q", "query")).isPresent();
    }

    @Test
    void knowsTheRequestBodyOfEachMediaTypeWithItsSchemaResolved() {
        ApiOperation create = operation("POST /api/things");
        assertThat(create.takesJson()).isTrue();
        assertThat(create.bodySchema(ApiOperation.JSON).at("/properties/name/properties/zh/maxLength").asInt()).isEqualTo(200);
        assertThat(create.bodySchema(ApiOperation.JSON).at("/properties/kind/enum/0").asText()).isEqualTo("university");

        assertThat(operation("POST /api/things/import").requestMediaType()).contains("text/csv");
        assertThat(operation("POST /api/things/import").takesJson()).isFalse();
        assertThat(operation("GET /api/things").requestMediaType()).isEmpty();
        assertThat(operation("GET /api/things").bodySchema(ApiOperation.JSON).isMissingNode()).isTrue();
    }

    @Test
    void stopsAtSelfReferencingSchemasAndRefusesExternalReferences() {
        String recursive = """
                {"paths": {"/a": {"post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}}}}}},
                 "components": {"schemas": {"Node": {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Node"}}}}}}""";
        assertThat(OpenApiOperations.of(recursive).get(0).bodySchema(ApiOperation.JSON).at("/properties/child/properties/child/type").asText())
                .isEqualTo("object");
        assertThatThrownBy(() -> OpenApiOperations.of("""
                {"paths": {"/a": {"get": {"parameters": [{"$ref": "other.json#/p"}]}}}}"""))
                .hasMessageContaining("other.json#/p");
    }

    private ApiOperation operation(String key) {
        return operations.stream().filter(operation -> operation.key().equals(key)).findFirst().orElseThrow();
    }
}
