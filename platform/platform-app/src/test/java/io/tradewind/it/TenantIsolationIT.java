package io.tradewind.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Walks every operation of the OpenAPI document with two tenants, A and B, and fails when any read,
 * write, delete or list crosses from one to the other. Nothing here names an endpoint: a new
 * collection is created from its request schema's examples, a new {id} path is called with the other
 * tenant's ids, and an operation the suite cannot exercise fails the test until it is handled.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenantIsolationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
    private static final String API = "/api/v1";
    private static final String GUESSED_ID = "0SZZZZZZZZZZZ";

    /** Which collection a reference field in a request body points into. */
    private static final Map<String, String> REFERENCES = Map.ofEntries(
            Map.entry("parentId", API + "/departments"),
            Map.entry("departmentId", API + "/departments"),
            Map.entry("managerId", API + "/users"),
            Map.entry("ownerId", API + "/users"),
            Map.entry("userId", API + "/users"),
            Map.entry("customerId", API + "/customers"),
            Map.entry("contactId", API + "/contacts"),
            Map.entry("categoryId", API + "/product-categories"),
            Map.entry("stageId", API + "/settings/opportunity-stages"),
            Map.entry("opportunityId", API + "/opportunities"),
            Map.entry("toUserId", API + "/users"),
            Map.entry("leadId", API + "/leads"),
            Map.entry("leadIds", API + "/leads"));

    /** Collections whose records come from an upload rather than a JSON create: the upload that makes one. */
    private static final Map<String, java.util.function.Function<Api.TestTenant, String>> UPLOADS = Map.of(
            API + "/jobs", tenant -> tenant.admin().contentType("multipart/form-data")
                    .multiPart("file", "leads.csv", "name,phone\n隔离测试,13800138000\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")
                    .post("/leads/imports").then().statusCode(202).extract().path("id"));

    /** Operations that hold no tenant data to cross, with the reason; everything else is exercised. */
    private static boolean publicOperation(String path) {
        return path.equals(API + "/signup") || path.startsWith(API + "/auth/") || path.startsWith(API + "/public/");
    }

    /**
     * Paths keyed by a plugin id of the shared catalog, not by a tenant's record (there is nothing
     * of tenant A to aim at by id): PluginsIT proves tenant B sees nothing of A's plugins.
     */
    private static boolean pluginCatalogOperation(String path) {
        return path.startsWith(API + "/plugins/{");
    }

    private static boolean platformOperation(String path) {
        return path.startsWith(API + "/platform/")
                || path.startsWith(API + "/marketplace/"); // the vendor portal: vendor accounts of the platform only
    }

    private static Api.TestTenant a;
    private static Api.TestTenant b;
    private static JsonNode openApi;
    private static final Map<String, List<String>> idsOfA = new LinkedHashMap<>();
    private static final Map<String, List<String>> idsOfB = new LinkedHashMap<>();
    private static final Set<String> exercised = new TreeSet<>();

    @BeforeAll
    static void twoTenantsWithData() throws Exception {
        openApi = JSON.readTree(given().baseUri(Api.BASE_URL).queryParam("format", "JSON").get("/openapi").asString());
        a = Api.signup();
        b = Api.signup();
        idsOfA.computeIfAbsent(API + "/users", k -> new ArrayList<>()).add(a.adminId());
        idsOfB.computeIfAbsent(API + "/users", k -> new ArrayList<>()).add(b.adminId());
        // A create whose example references another collection (GUESSED_ID) waits until that one has a record.
        // So does one whose required reference without an example names a collection without records yet.
        List<Map.Entry<String, JsonNode>> pending = new ArrayList<>(referencedFirst(creates()));
        while (!pending.isEmpty()) {
            List<Map.Entry<String, JsonNode>> waiting = new ArrayList<>();
            for (Map.Entry<String, JsonNode> operation : pending) {
                String path = operation.getKey();
                ObjectNode bodyOfA = exampleBody(operation.getValue(), path, idsOfA);
                ObjectNode bodyOfB = exampleBody(operation.getValue(), path, idsOfB);
                boolean referencesReady = requiredReferences(operation.getValue()).stream()
                        .allMatch(field -> idsOfA.containsKey(REFERENCES.get(field)));
                if (bodyOfA == null || bodyOfB == null || !referencesReady) {
                    waiting.add(operation);
                    continue;
                }
                idsOfA.computeIfAbsent(path, k -> new ArrayList<>()).add(create(a, path,
                        withOwnReferences(operation.getValue(), bodyOfA, idsOfA)));
                idsOfB.computeIfAbsent(path, k -> new ArrayList<>()).add(create(b, path,
                        withOwnReferences(operation.getValue(), bodyOfB, idsOfB)));
                exercised.add("POST " + path);
            }
            assertThat(waiting).as("creates whose example references name no collection with records").hasSizeLessThan(pending.size());
            pending = waiting;
        }
        UPLOADS.forEach((collection, upload) -> {
            idsOfA.computeIfAbsent(collection, k -> new ArrayList<>()).add(upload.apply(a));
            idsOfB.computeIfAbsent(collection, k -> new ArrayList<>()).add(upload.apply(b));
        });
    }

    @Test
    @Order(1)
    void noReadUpdateDeleteOrActionReachesTheOtherTenantsRecords() {
        List<String> leaks = new ArrayList<>();
        Map<String, String> versionsBefore = versionsOfA();
        String operatorToken = Api.operatorToken();
        for (String method : List.of("get", "patch", "put", "post", "delete")) {
            for (Map.Entry<String, JsonNode> operation : operations(method)) {
                String template = operation.getKey();
                if (!PATH_PARAM.matcher(template).find() || publicOperation(template) || pluginCatalogOperation(template)) {
                    continue;
                }
                String signature = method.toUpperCase() + " " + template;
                if (platformOperation(template)) {
                    expect(leaks, signature + " as a tenant admin", call(a.admin(), method,
                            fill(template, a.id())), 403);
                    exercised.add(signature);
                    continue;
                }
                List<String> ids = idsOfA.get(collectionOf(template));
                if (ids == null) {
                    leaks.add(signature + ": no record of tenant A to aim at; give " + collectionOf(template)
                            + " a POST with schema examples");
                    continue;
                }
                for (String id : ids) {
                    String path = fill(template, id);
                    expect(leaks, signature + " by tenant B on A's " + id, call(b.admin(), method, path), 404);
                    expect(leaks, signature + " by the platform operator's token on A's " + id,
                            call(Api.bearer(operatorToken), method, path), 404);
                }
                expect(leaks, signature + " with a guessed id", call(a.admin(), method, fill(template, GUESSED_ID)), 404);
                exercised.add(signature);
            }
        }
        assertThat(leaks).as("requests that crossed tenants").isEmpty();
        assertThat(versionsOfA()).as("tenant A's records after tenant B's attempts").isEqualTo(versionsBefore);
    }

    @Test
    @Order(2)
    void noListOrSingletonShowsTheOtherTenantsData() {
        List<String> leaks = new ArrayList<>();
        Set<String> secretsOfA = new LinkedHashSet<>();
        idsOfA.values().forEach(secretsOfA::addAll);
        secretsOfA.add(a.id());
        secretsOfA.add(a.adminEmail());
        secretsOfA.add(a.code());
        for (Map.Entry<String, JsonNode> operation : operations("get")) {
            String path = operation.getKey();
            if (PATH_PARAM.matcher(path).find() || publicOperation(path)) {
                continue;
            }
            if (platformOperation(path)) {
                expect(leaks, "GET " + path + " as a tenant admin", a.admin().get(path.substring(API.length())), 403);
                exercised.add("GET " + path);
                continue;
            }
            Response response = b.admin().queryParam("size", 200).get(path.substring(API.length()));
            String body = response.asString();
            if (response.statusCode() != 200) {
                leaks.add("GET " + path + " as tenant B answered " + response.statusCode());
            }
            for (String secret : secretsOfA) {
                if (body.contains(secret)) {
                    leaks.add("GET " + path + " as tenant B shows " + secret + " of tenant A");
                }
            }
            exercised.add("GET " + path);
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    @Order(3)
    void referencesToTheOtherTenantsRecordsAreRefused() {
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, JsonNode> operation : creates()) {
            String path = operation.getKey();
            JsonNode schema = requestSchema(operation.getValue());
            Iterator<String> fields = schema.path("properties").fieldNames();
            while (fields.hasNext()) {
                String field = fields.next();
                if (!field.endsWith("Id")) {
                    continue;
                }
                String target = REFERENCES.get(field);
                if (target == null || idsOfA.get(target) == null) {
                    leaks.add("POST " + path + " field " + field + ": unknown reference; map it in REFERENCES");
                    continue;
                }
                ObjectNode body = withOwnReferences(operation.getValue(), exampleBody(operation.getValue(), path, idsOfB), idsOfB);
                body.put(field, idsOfA.get(target).get(0));
                int status = b.admin().body(body.toString()).post(path.substring(API.length())).statusCode();
                if (status < 400) {
                    leaks.add("POST " + path + " by tenant B accepted A's " + field + " (" + status + ")");
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    /**
     * Changes to the caller's own singletons and actions that create nothing (PATCH /me, PATCH
     * /tenant, POST /me/password, …): tenant B's calls must neither show nor change tenant A.
     */
    @Test
    @Order(4)
    void changesToOnesOwnSingletonsStayInOnesTenant() {
        List<String> leaks = new ArrayList<>();
        Map<String, String> singletonsOfA = singletonsOf(a);
        for (String method : List.of("patch", "put", "post", "delete")) {
            for (Map.Entry<String, JsonNode> operation : operations(method)) {
                String path = operation.getKey();
                if (PATH_PARAM.matcher(path).find() || publicOperation(path) || platformOperation(path)
                        || isCreate(operation.getValue())) {
                    continue;
                }
                Response response = call(b.admin(), method, path.substring(API.length()));
                for (String secret : idsOfA.values().stream().flatMap(List::stream).toList()) {
                    if (response.asString().contains(secret)) {
                        leaks.add(method.toUpperCase() + " " + path + " as tenant B shows " + secret + " of tenant A");
                    }
                }
                exercised.add(method.toUpperCase() + " " + path);
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(singletonsOf(a)).as("tenant A's singletons after tenant B's changes").isEqualTo(singletonsOfA);
    }

    /** The tenant comes from the verified token only: a header or parameter naming another tenant changes nothing. */
    @Test
    @Order(4)
    void theTenantComesFromTheTokenOnly() {
        RequestSpecification asBClaimingA = b.admin().header("X-Tenant-Id", a.id()).queryParam("tenantId", a.id())
                .queryParam("tenant", a.code());
        Response me = asBClaimingA.get("/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.<String>path("tenant.id")).isEqualTo(b.id());
        assertThat(asBClaimingA.get("/users").<List<String>>path("items.id")).doesNotContain(a.adminId());
    }

    /** Each singleton GET (no path parameter) of a tenant, with its ETag. */
    private static Map<String, String> singletonsOf(Api.TestTenant tenant) {
        Map<String, String> state = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> operation : operations("get")) {
            String path = operation.getKey();
            if (!PATH_PARAM.matcher(path).find() && !publicOperation(path) && !platformOperation(path)) {
                Response response = tenant.admin().get(path.substring(API.length()));
                if (response.header("ETag") != null) {
                    state.put(path, response.header("ETag"));
                }
            }
        }
        return state;
    }

    /** Platform-only changes without an id (e.g. the marketplace vendor portal) are refused to tenant admins. */
    @Test
    @Order(4)
    void platformChangesWithoutAnIdAreRefusedToTenantAdmins() {
        List<String> leaks = new ArrayList<>();
        for (String method : List.of("patch", "put", "post", "delete")) {
            for (Map.Entry<String, JsonNode> operation : operations(method)) {
                String path = operation.getKey();
                if (PATH_PARAM.matcher(path).find() || !platformOperation(path)) {
                    continue;
                }
                String signature = method.toUpperCase() + " " + path;
                boolean multipart = operation.getValue().path("requestBody").path("content").has("multipart/form-data");
                Response response = multipart
                        ? a.admin().contentType("multipart/form-data").multiPart("file", "x.bin", new byte[] {1})
                                .post(path.substring(API.length()))
                        : call(a.admin(), method, path.substring(API.length()));
                expect(leaks, signature + " as a tenant admin", response, 403);
                exercised.add(signature);
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** Runs last: the walks above record what they exercised. */
    @Test
    @Order(5)
    void everyOperationIsExercisedOrPublic() {
        List<String> missed = new ArrayList<>();
        for (String method : List.of("get", "patch", "put", "post", "delete")) {
            for (Map.Entry<String, JsonNode> operation : operations(method)) {
                String signature = method.toUpperCase() + " " + operation.getKey();
                if (!publicOperation(operation.getKey()) && !pluginCatalogOperation(operation.getKey())
                        && !exercised.contains(signature)) {
                    missed.add(signature);
                }
            }
        }
        assertThat(missed).as("operations the isolation suite does not cover").isEmpty();
    }

    // --- helpers -----------------------------------------------------------------------------

    private static List<Map.Entry<String, JsonNode>> operations(String method) {
        List<Map.Entry<String, JsonNode>> found = new ArrayList<>();
        openApi.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith(API) && path.getValue().has(method)) {
                found.add(Map.entry(path.getKey(), path.getValue().get(method)));
            }
        });
        return found;
    }

    /** The tenant-scoped POSTs on collections that answer 201: they create a record of the tenant. */
    private static List<Map.Entry<String, JsonNode>> creates() {
        return operations("post").stream()
                .filter(operation -> !PATH_PARAM.matcher(operation.getKey()).find()
                        && !publicOperation(operation.getKey()) && !platformOperation(operation.getKey())
                        && isCreate(operation.getValue()))
                .toList();
    }

    /** Required reference fields of a create (filled with the creating tenant's own records). */
    private static List<String> requiredReferences(JsonNode operation) {
        List<String> fields = new ArrayList<>();
        requestSchema(operation).path("required").forEach(name -> {
            if (REFERENCES.containsKey(name.asText())) {
                fields.add(name.asText());
            }
        });
        return fields;
    }

    /** Creates whose required references point at other collections come after those collections. */
    private static List<Map.Entry<String, JsonNode>> referencedFirst(List<Map.Entry<String, JsonNode>> creates) {
        List<Map.Entry<String, JsonNode>> ordered = new ArrayList<>(creates);
        ordered.sort(java.util.Comparator.comparingInt(operation -> requiredReferences(operation.getValue()).size()));
        return ordered;
    }

    private static ObjectNode withOwnReferences(JsonNode operation, ObjectNode body, Map<String, List<String>> ownIds) {
        for (String field : requiredReferences(operation)) {
            List<String> ids = ownIds.get(REFERENCES.get(field));
            if (ids != null && !body.has(field)) {
                body.put(field, ids.get(0));
            }
        }
        return body;
    }

    private static boolean isCreate(JsonNode operation) {
        return operation.path("responses").has("201");
    }

    private static String collectionOf(String template) {
        Matcher param = PATH_PARAM.matcher(template);
        param.find();
        return template.substring(0, param.start() - 1);
    }

    private static String fill(String template, String id) {
        return PATH_PARAM.matcher(template).replaceAll(id).substring(API.length());
    }

    private static Response call(RequestSpecification as, String method, String path) {
        return switch (method) {
            case "get" -> as.get(path);
            case "delete" -> as.header("If-Match", "*").delete(path);
            case "patch" -> as.header("If-Match", "*").body("{}").patch(path);
            case "put" -> as.header("If-Match", "*").body("{}").put(path);
            default -> as.body("{}").post(path);
        };
    }

    private static void expect(List<String> leaks, String what, Response response, int status) {
        if (response.statusCode() != status) {
            leaks.add(what + " answered " + response.statusCode() + " instead of " + status + ": " + response.asString());
        }
    }

    private static Map<String, String> versionsOfA() {
        Map<String, String> versions = new LinkedHashMap<>();
        idsOfA.forEach((collection, ids) -> ids.forEach(id -> {
            Response response = a.admin().get(collection.substring(API.length()) + "/" + id);
            versions.put(collection + "/" + id, response.statusCode() + " " + response.header("ETag"));
        }));
        return versions;
    }

    private static String create(Api.TestTenant tenant, String path, ObjectNode body) {
        Response response = tenant.admin().body(body.toString()).post(path.substring(API.length()));
        assertThat(response.statusCode()).as("POST %s with its schema examples: %s", path, response.asString())
                .isEqualTo(201);
        String id = response.path("id");
        if (id == null) {
            Map<String, Object> document = response.path("$");
            id = document.values().stream().filter(Map.class::isInstance).map(v -> (String) ((Map<?, ?>) v).get("id"))
                    .filter(java.util.Objects::nonNull).findFirst().orElseThrow(() ->
                            new AssertionError("POST " + path + " answered no id: " + response.asString()));
        }
        return id;
    }

    private static JsonNode requestSchema(JsonNode operation) {
        return resolve(operation.path("requestBody").path("content").path("application/json").path("schema"));
    }

    private static JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return resolve(openApi.path("components").path("schemas").path(name));
        }
        return schema;
    }

    /**
     * A body made of the schema's examples; a required field without an example fails the test. An
     * example that is GUESSED_ID in a REFERENCES field becomes one of the tenant's own records, or the
     * answer is null while that collection has none yet.
     */
    private static ObjectNode exampleBody(JsonNode operation, String path, Map<String, List<String>> ownIds) {
        JsonNode schema = requestSchema(operation);
        ObjectNode body = JSON.createObjectNode();
        List<String> unresolved = new ArrayList<>();
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode propertySchema = resolve(property.getValue());
            JsonNode example = propertySchema.has("examples") ? propertySchema.get("examples").get(0)
                    : propertySchema.get("example");
            if (example == null && REFERENCES.containsKey(property.getKey())) {
                return;
            }
            if (example == null) {
                assertThat(required).as("POST %s: required field %s needs @Schema(examples = ...)", path, property.getKey())
                        .doesNotContain(property.getKey());
                return;
            }
            if (example.isTextual() && "array".equals(propertySchema.path("type").asText())) {
                try {
                    example = JSON.readTree(example.asText());
                } catch (Exception e) {
                    throw new AssertionError("Example of " + property.getKey() + " is not a JSON array", e);
                }
            }
            String target = REFERENCES.get(property.getKey());
            if (target != null && example.toString().contains(GUESSED_ID)) {
                List<String> own = ownIds.get(target);
                if (own == null || own.isEmpty()) {
                    unresolved.add(property.getKey());
                    return;
                }
                example = example.isArray() ? JSON.createArrayNode().add(own.get(0)) : JSON.getNodeFactory().textNode(own.get(0));
            }
            body.set(property.getKey(), example);
        });
        return unresolved.isEmpty() ? body : null;
    }
}
