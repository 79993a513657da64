package io.tradewind.access;

import io.tradewind.i18n.Messages;
import io.tradewind.persistence.StringSetConverter;
import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** A role in a tenant: a set of permissions and a data scope. Built-in roles take both from code. */
@Entity
@Table(name = "role")
public class Role extends TenantEntity {

    private String code;
    private String name;
    private String description;
    @Convert(converter = StringSetConverter.class)
    private Set<String> permissions = new LinkedHashSet<>();
    @Enumerated(EnumType.STRING)
    private DataScope dataScope;
    private boolean builtin;

    protected Role() {
    }

    public Role(String code, String name, Set<String> permissions, DataScope dataScope) {
        this.code = code;
        this.name = name;
        this.permissions = new LinkedHashSet<>(permissions);
        this.dataScope = dataScope;
    }

    public static Role builtin(BuiltinRole role) {
        Role entity = new Role(role.code(), role.code(), Set.of(), role.dataScope());
        entity.builtin = true;
        return entity;
    }

    private Optional<BuiltinRole> definition() {
        return builtin ? BuiltinRole.byCode(code) : Optional.empty();
    }

    public String getCode() {
        return code;
    }

    /** Built-in roles are named in the reader's language. */
    public String getName() {
        return definition().map(role -> Messages.get("role." + role.code())).orElse(name);
    }

    public String getDescription() {
        return description;
    }

    public Set<String> getPermissions() {
        return definition().map(BuiltinRole::permissionCodes).orElse(Set.copyOf(permissions));
    }

    public DataScope getDataScope() {
        return definition().map(BuiltinRole::dataScope).orElse(dataScope);
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public void setPermissions(Set<String> permissions) {
        this.permissions = new LinkedHashSet<>(permissions);
    }

    public void setDataScope(DataScope dataScope) {
        this.dataScope = dataScope;
    }
}
