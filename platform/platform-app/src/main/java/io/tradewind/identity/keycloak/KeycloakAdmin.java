package io.tradewind.identity.keycloak;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The few Keycloak admin REST calls Tradewind makes (users, organizations, memberships), through the
 * Jakarta REST client Liberty provides rather than keycloak-admin-client (ADR 0250). Signs in as the
 * confidential client's service account and reuses its token until shortly before it expires.
 */
@ApplicationScoped
public class KeycloakAdmin {

    /** The organization attribute that holds the tenant code (also its alias), for look-ups. */
    public static final String TENANT_ATTRIBUTE = "tradewind-tenant";

    private record Token(String value, long expiresAt) {
    }

    @Inject
    KeycloakSettings settings;

    private final Client client = ClientBuilder.newBuilder()
            .connectTimeout(5, TimeUnit.SECONDS).readTimeout(20, TimeUnit.SECONDS).build();
    private volatile Token token;

    @PreDestroy
    void close() {
        client.close();
    }

    /** Creates an enabled user whose username is the e-mail; returns its id. */
    public String createUser(String email, String name, String password) {
        var user = Json.createObjectBuilder().add("username", email).add("email", email).add("emailVerified", true)
                .add("firstName", name).add("enabled", true);
        if (password != null) {
            user.add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("type", "password").add("value", password).add("temporary", false)));
        }
        return created("create user", call("create user", authorized(admin("users").request()).buildPost(json(user.build()))));
    }

    public Optional<String> findUserByEmail(String email) {
        JsonArray found = read("find user", authorized(admin("users").queryParam("email", email).queryParam("exact", true)
                .request(MediaType.APPLICATION_JSON)).buildGet(), JsonValue::asJsonArray);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getJsonObject(0).getString("id"));
    }

    public void setUserEnabled(String userId, boolean enabled) {
        ok("update user", authorized(admin("users/" + userId).request())
                .buildPut(json(Json.createObjectBuilder().add("enabled", enabled).build())));
    }

    public void resetPassword(String userId, String password) {
        ok("set password", authorized(admin("users/" + userId + "/reset-password").request())
                .buildPut(json(Json.createObjectBuilder().add("type", "password").add("value", password)
                        .add("temporary", false).build())));
    }

    /** The id of the organization whose alias is the tenant code. */
    public String organizationId(String alias) {
        return findOrganization(alias).orElseThrow(() -> new KeycloakException("No organization " + alias, 404))
                .getString("id");
    }

    /** Signs a user in to one organization with the confidential client: the token answer of Keycloak. */
    public JsonObject passwordGrant(String email, String password, String alias) {
        Form form = new Form().param("grant_type", "password").param("client_id", settings.clientId())
                .param("client_secret", settings.clientSecret()).param("username", email)
                .param("password", password).param("scope", "openid organization:" + alias);
        return read("password grant", client.target(settings.realmUrl()).path("protocol/openid-connect/token")
                .request(MediaType.APPLICATION_JSON).buildPost(Entity.form(form)), JsonValue::asJsonObject);
    }

    public void deleteUser(String userId) {
        ok("delete user", authorized(admin("users/" + userId).request()).buildDelete());
    }

    /** Creates an enabled organization; its alias is the tenant code. Returns its id. */
    public String createOrganization(String name, String alias) {
        JsonObject organization = Json.createObjectBuilder().add("name", name).add("alias", alias)
                .add("enabled", true).add("domains", Json.createArrayBuilder())
                .add("attributes", Json.createObjectBuilder().add(TENANT_ATTRIBUTE, Json.createArrayBuilder().add(alias)))
                .build();
        return created("create organization", call("create organization",
                authorized(admin("organizations").request()).buildPost(json(organization))));
    }

    public Optional<JsonObject> findOrganization(String alias) {
        // The admin API's "search" matches names and domains, not aliases: find by the attribute.
        JsonArray found = read("find organization", authorized(admin("organizations")
                .queryParam("q", TENANT_ATTRIBUTE + ":" + alias).queryParam("briefRepresentation", false)
                .request(MediaType.APPLICATION_JSON)).buildGet(), JsonValue::asJsonArray);
        return found.stream().map(JsonValue::asJsonObject).filter(o -> alias.equals(o.getString("alias", null)))
                .findFirst();
    }

    public void setOrganizationEnabled(String organizationId, boolean enabled) {
        JsonObject current = read("read organization", authorized(admin("organizations/" + organizationId)
                .request(MediaType.APPLICATION_JSON)).buildGet(), JsonValue::asJsonObject);
        JsonObject changed = Json.createObjectBuilder(current).add("enabled", enabled).build();
        ok("update organization",
                authorized(admin("organizations/" + organizationId).request()).buildPut(json(changed)));
    }

    public void deleteOrganization(String organizationId) {
        ok("delete organization", authorized(admin("organizations/" + organizationId).request()).buildDelete());
    }

    public void addMember(String organizationId, String userId) {
        // The body is the user's id as a bare JSON string.
        ok("add member", authorized(admin("organizations/" + organizationId + "/members").request())
                .buildPost(Entity.entity(Json.createValue(userId).toString(), MediaType.APPLICATION_JSON)));
    }

    public void removeMember(String organizationId, String userId) {
        ok("remove member",
                authorized(admin("organizations/" + organizationId + "/members/" + userId).request()).buildDelete());
    }

    /** The id of the group at {@code path}, e.g. {@code /tenants/acme}, if there is one. */
    public Optional<String> groupId(String path) {
        try (Response response = call("find group", authorized(admin("group-by-path" + path)
                .request(MediaType.APPLICATION_JSON)).buildGet())) {
            if (response.getStatus() == 404) {
                return Optional.empty();
            }
            if (response.getStatus() != 200) {
                throw failure("find group", response);
            }
            return Optional.of(parse(response.readEntity(String.class)).asJsonObject().getString("id"));
        }
    }

    /** Creates a group (top-level when {@code parentId} is null); returns its id. */
    public String createGroup(String name, String parentId) {
        String path = parentId == null ? "groups" : "groups/" + parentId + "/children";
        return created("create group", call("create group", authorized(admin(path).request())
                .buildPost(json(Json.createObjectBuilder().add("name", name).build()))));
    }

    public void deleteGroup(String groupId) {
        ok("delete group", authorized(admin("groups/" + groupId).request()).buildDelete());
    }

    /** The user's groups: path to id. */
    public Map<String, String> userGroups(String userId) {
        JsonArray groups = read("read user groups", authorized(admin("users/" + userId + "/groups")
                .queryParam("max", 1000).request(MediaType.APPLICATION_JSON)).buildGet(), JsonValue::asJsonArray);
        Map<String, String> paths = new LinkedHashMap<>();
        groups.stream().map(JsonValue::asJsonObject).forEach(group -> paths.put(group.getString("path"), group.getString("id")));
        return paths;
    }

    public void joinGroup(String userId, String groupId) {
        ok("join group", authorized(admin("users/" + userId + "/groups/" + groupId).request())
                .buildPut(Entity.entity("", MediaType.APPLICATION_JSON)));
    }

    public void leaveGroup(String userId, String groupId) {
        ok("leave group", authorized(admin("users/" + userId + "/groups/" + groupId).request()).buildDelete());
    }

    private WebTarget admin(String path) {
        return client.target(settings.adminUrl()).path(path);
    }

    private Invocation.Builder authorized(Invocation.Builder request) {
        return request.header("Authorization", "Bearer " + token());
    }

    private String token() {
        Token current = token;
        if (current != null && current.expiresAt - System.nanoTime() > 0) {
            return current.value;
        }
        Form form = new Form().param("grant_type", "client_credentials")
                .param("client_id", settings.clientId()).param("client_secret", settings.clientSecret());
        try (Response response = client.target(settings.realmUrl()).path("protocol/openid-connect/token")
                .request(MediaType.APPLICATION_JSON).post(Entity.form(form))) {
            if (response.getStatus() != 200) {
                throw new KeycloakException("Keycloak refused the client credentials of " + settings.clientId()
                        + ": " + response.getStatus(), response.getStatus());
            }
            JsonObject body = parse(response.readEntity(String.class)).asJsonObject();
            long seconds = Math.max(5, body.getInt("expires_in", 60) - 30);
            token = new Token(body.getString("access_token"), System.nanoTime() + seconds * 1_000_000_000L);
            return token.value;
        } catch (ProcessingException e) {
            throw new KeycloakException("Keycloak is unreachable at " + settings.realmUrl(), e);
        }
    }

    private Response call(String what, Invocation invocation) {
        try {
            return invocation.invoke();
        } catch (ProcessingException e) {
            throw new KeycloakException("Keycloak is unreachable (" + what + ")", e);
        }
    }


    private String created(String what, Response response) {
        try (response) {
            if (response.getStatus() != 201) {
                throw failure(what, response);
            }
            URI location = response.getLocation();
            String path = location.getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    private void ok(String what, Invocation invocation) {
        try (Response response = call(what, invocation)) {
            if (response.getStatus() / 100 != 2) {
                throw failure(what, response);
            }
        }
    }

    private <T> T read(String what, Invocation invocation, Function<JsonValue, T> as) {
        try (Response response = call(what, invocation)) {
            if (response.getStatus() != 200) {
                throw failure(what, response);
            }
            return as.apply(parse(response.readEntity(String.class)));
        }
    }

    private static KeycloakException failure(String what, Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        return new KeycloakException("Keycloak answered " + response.getStatus() + " to " + what + ": " + body,
                response.getStatus());
    }

    private static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    private static Entity<String> json(JsonObject body) {
        return Entity.entity(body.toString(), MediaType.APPLICATION_JSON);
    }
}
