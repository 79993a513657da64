package io.tradewind.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataScopeTest {

    private static Caller caller(DataScope scope, Long department, String path) {
        return new Caller(1, "t", "T", 2, "a@b.cn", "A", Set.of(), Set.of(), scope, department, path, Locale.ENGLISH);
    }

    @Test
    void theWidestRoleWins() {
        assertThat(DataScope.OWN.widest(DataScope.DEPARTMENT_TREE)).isEqualTo(DataScope.DEPARTMENT_TREE);
        assertThat(DataScope.ALL.widest(DataScope.OWN)).isEqualTo(DataScope.ALL);
    }

    @Test
    void departmentScopesWithoutADepartmentFallBackToOwn() {
        assertThat(DataScopes.effective(caller(DataScope.DEPARTMENT_TREE, null, null))).isEqualTo(DataScope.OWN);
        assertThat(DataScopes.effective(caller(DataScope.DEPARTMENT, 5L, "/5/"))).isEqualTo(DataScope.DEPARTMENT);
        assertThat(DataScopes.effective(caller(DataScope.ALL, null, null))).isEqualTo(DataScope.ALL);
    }

    @Test
    void onlyEverythingOrOnesOwnRecordIsVisibleWithoutAQuery() {
        // caller() is user 2
        assertThat(DataScopes.seesWithoutQuery(caller(DataScope.ALL, null, null), 9L)).isTrue();
        assertThat(DataScopes.seesWithoutQuery(caller(DataScope.ALL, null, null), null)).isTrue();
        for (DataScope scope : DataScope.values()) {
            assertThat(DataScopes.seesWithoutQuery(caller(scope, 5L, "/5/"), 2L)).isTrue();
        }
        assertThat(DataScopes.seesWithoutQuery(caller(DataScope.OWN, null, null), 9L)).isFalse();
        assertThat(DataScopes.seesWithoutQuery(caller(DataScope.DEPARTMENT, 5L, "/5/"), 9L)).isFalse();
        assertThat(DataScopes.seesWithoutQuery(caller(DataScope.DEPARTMENT_TREE, 5L, "/5/"), 9L)).isFalse();
        assertThat(DataScopes.seesWithoutQuery(caller(DataScope.OWN, null, null), null)).isFalse();
    }

    @Test
    void tenantRolesNeverHoldPlatformPermissions() {
        for (BuiltinRole role : BuiltinRole.forTenants()) {
            assertThat(role.permissionCodes()).noneMatch(code -> code.startsWith("platform."));
        }
        assertThat(BuiltinRole.TENANT_ADMIN.permissionCodes()).contains("users.manage", "audit.read");
    }
}
