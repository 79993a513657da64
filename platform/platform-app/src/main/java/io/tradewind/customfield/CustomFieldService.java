package io.tradewind.customfield;

import io.tradewind.audit.RecordChanges;
import io.tradewind.persistence.Db;
import io.tradewind.web.Etags;
import io.tradewind.web.Patch;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tenant admins' custom field definitions: list, create, change, delete (ADR 0130). A field with
 * values cannot be deleted, only deactivated ({@code active: false}), which hides its values until it
 * is activated again. Fields a plugin declared ({@code source} other than {@code tenant}) are the
 * plugin's: tenant admins can relabel, reorder and deactivate them, not delete them.
 */
@ApplicationScoped
public class CustomFieldService {

    static final int MAX_PER_ENTITY = 100;
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Inject
    Db db;

    @Inject
    RecordChanges changes;

    @Transactional
    public List<CustomFieldView> list(String entity, Boolean active) {
        RecordType type = entity == null || entity.isBlank() ? null : recordType("entity", entity);
        List<CustomField> fields = type == null
                ? db.em().createQuery("SELECT f FROM CustomField f ORDER BY f.entity, f.sortOrder, f.code",
                        CustomField.class).getResultList()
                : db.em().createQuery("SELECT f FROM CustomField f WHERE f.entity = :entity ORDER BY f.sortOrder, f.code",
                        CustomField.class).setParameter("entity", type).getResultList();
        return fields.stream()
                .filter(f -> active == null || f.isActive() == active)
                .map(CustomFieldView::of).toList();
    }

    @Transactional
    public CustomFieldView get(String id) {
        return CustomFieldView.of(db.require(CustomField.class, id));
    }

    @Transactional
    public CustomFieldView create(CustomFieldRequest request) {
        return create(request, CustomField.TENANT_SOURCE);
    }

    /** Creates a field declared by {@code source}: {@code tenant}, or {@code plugin:<id>} for the plugin host. */
    @Transactional
    public CustomFieldView create(CustomFieldRequest request, String source) {
        RecordType entity = recordType("entity", request.entity());
        if (!entity.holdsFields()) {
            throw Problems.invalid("entity", "validation.one-of", "lead, customer, contact, opportunity");
        }
        FieldType type = FieldType.byCode(request.type())
                .orElseThrow(() -> Problems.invalid("type", "validation.one-of", "text, number, date, choice, lookup"));
        List<CustomField> existing = db.em().createQuery("SELECT f FROM CustomField f WHERE f.entity = :entity",
                CustomField.class).setParameter("entity", entity).getResultList();
        if (existing.stream().anyMatch(f -> f.getCode().equals(request.code()))) {
            throw Problems.conflict("customfields.problem.code-taken", request.code());
        }
        if (existing.size() >= MAX_PER_ENTITY) {
            throw Problems.conflict("customfields.problem.too-many", MAX_PER_ENTITY);
        }
        CustomField field = new CustomField(entity, request.code(), type, source);
        field.setLabelEn(request.labelEn().strip());
        field.setLabelZh(request.labelZh().strip());
        field.setRequired(Boolean.TRUE.equals(request.required()));
        field.setSortOrder(request.sortOrder() != null ? request.sortOrder()
                : existing.stream().mapToInt(CustomField::getSortOrder).max().orElse(0) + 10);
        if (type == FieldType.CHOICE) {
            field.setMultiple(Boolean.TRUE.equals(request.multiple()));
            field.setOptions(options(request.options()));
        } else if (request.options() != null && !request.options().isEmpty()) {
            throw Problems.invalid("options", "customfields.validation.options-only-for-choice");
        }
        if (type == FieldType.LOOKUP) {
            field.setLookupEntity(recordType("lookupEntity", request.lookupEntity()));
        } else if (request.lookupEntity() != null) {
            throw Problems.invalid("lookupEntity", "customfields.validation.lookup-only-for-lookup");
        }
        db.em().persist(field);
        db.em().flush();
        CustomFieldView view = CustomFieldView.of(field);
        changes.created("custom_field", field.getId(), view);
        return view;
    }

    @Transactional
    public CustomFieldView update(String id, String ifMatch, JsonObject body) {
        CustomField field = db.require(CustomField.class, id);
        Etags.require(ifMatch, field.getVersion());
        CustomFieldView before = CustomFieldView.of(field);
        Patch patch = Patch.of(body, "labelEn", "labelZh", "required", "sortOrder", "active", "options",
                        "entity", "code", "type", "multiple", "lookupEntity")
                .text("labelEn", 100, field::setLabelEn)
                .text("labelZh", 100, field::setLabelZh)
                .bool("required", field::setRequired)
                .integer("sortOrder", 0, 100_000, field::setSortOrder)
                .bool("active", field::setActive);
        for (String fixed : List.of("entity", "code", "type", "multiple", "lookupEntity")) {
            if (patch.has(fixed)) {
                patch.reject(fixed, "customfields.validation.fixed");
            }
        }
        if (!CustomField.TENANT_SOURCE.equals(field.getSource())) {
            // A plugin's field: its admins may relabel, reorder and hide it, its declaration is the plugin's (ADR 0208).
            for (String declared : List.of("options", "required")) {
                if (patch.has(declared)) {
                    patch.reject(declared, "customfields.validation.declared-by-plugin");
                }
            }
        }
        if (patch.has("options")) {
            if (field.getFieldType() != FieldType.CHOICE) {
                patch.reject("options", "customfields.validation.options-only-for-choice");
            } else {
                List<ChoiceOption> options = options(parseOptions(body.get("options")));
                Set<String> kept = new HashSet<>(options.stream().map(ChoiceOption::code).toList());
                List<String> removed = field.options().stream().map(ChoiceOption::code).filter(c -> !kept.contains(c)).toList();
                if (!removed.isEmpty() && used(field, removed)) {
                    throw Problems.conflict("customfields.problem.option-in-use", String.join(", ", removed));
                }
                field.setOptions(options);
            }
        }
        patch.apply();
        db.em().flush();
        CustomFieldView after = CustomFieldView.of(field);
        changes.updated("custom_field", field.getId(), before, after);
        return after;
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        CustomField field = db.require(CustomField.class, id);
        Etags.require(ifMatch, field.getVersion());
        if (!CustomField.TENANT_SOURCE.equals(field.getSource())) {
            throw Problems.conflict("customfields.problem.declared-by-plugin", field.getSource());
        }
        long values = db.em().createQuery("SELECT COUNT(v) FROM CustomFieldValue v WHERE v.fieldId = :field", Long.class)
                .setParameter("field", field.getId()).getSingleResult();
        if (values > 0) {
            throw Problems.conflict("customfields.problem.in-use", values);
        }
        CustomFieldView before = CustomFieldView.of(field);
        db.em().remove(field);
        changes.deleted("custom_field", field.getId(), before);
    }

    private boolean used(CustomField field, List<String> optionCodes) {
        return db.em().createQuery("SELECT COUNT(v) FROM CustomFieldValue v WHERE v.fieldId = :field "
                        + "AND v.textValue IN :codes", Long.class)
                .setParameter("field", field.getId()).setParameter("codes", optionCodes).getSingleResult() > 0;
    }

    private static List<ChoiceOption> parseOptions(JsonValue value) {
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw Problems.invalid("options", "validation.type");
        }
        try {
            List<ChoiceOption> options = JSONB.fromJson(value.toString(),
                    new ArrayList<ChoiceOption>() { }.getClass().getGenericSuperclass());
            for (ChoiceOption option : options) {
                if (option == null || !VALIDATOR.validate(option).isEmpty()) {
                    throw Problems.invalid("options", "customfields.validation.option");
                }
            }
            return options;
        } catch (JsonbException e) {
            throw Problems.invalid("options", "validation.type");
        }
    }

    /** A choice field needs at least one option, and distinct codes. */
    private static List<ChoiceOption> options(List<ChoiceOption> options) {
        if (options == null || options.isEmpty()) {
            throw Problems.invalid("options", "customfields.validation.options-required");
        }
        if (options.stream().map(ChoiceOption::code).distinct().count() != options.size()) {
            throw Problems.invalid("options", "customfields.validation.options-distinct");
        }
        return options.stream().map(o -> new ChoiceOption(o.code(), o.labelEn().strip(), o.labelZh().strip())).toList();
    }

    private static RecordType recordType(String field, String code) {
        return RecordType.byCode(code).orElseThrow(() -> Problems.invalid(field, "validation.one-of",
                "lead, customer, contact, opportunity, user"));
    }
}
