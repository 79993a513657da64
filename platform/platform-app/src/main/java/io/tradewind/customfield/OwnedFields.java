package io.tradewind.customfield;

import io.tradewind.audit.RecordChanges;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Custom fields declared by someone other than the tenant's admins: a plugin (ADR 0208). They live in
 * the same metadata as the admins' fields, marked with their {@code source}; this registers them (and
 * later versions' additions), hides them while their owner is off, exports and removes them.
 */
@ApplicationScoped
public class OwnedFields {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Inject
    Db db;

    @Inject
    CustomFieldService service;

    @Inject
    RecordChanges changes;

    /**
     * Makes the declared fields exist and be active in the current tenant: new ones are created, the
     * owner's existing ones are activated and get any new choices. A declared code that another
     * source's field of that record type already uses is a 409 naming both.
     */
    @Transactional
    public void register(String source, List<CustomFieldRequest> declared) {
        for (CustomFieldRequest request : declared) {
            Set<ConstraintViolation<CustomFieldRequest>> violations = VALIDATOR.validate(request);
            if (!violations.isEmpty()) {
                ConstraintViolation<CustomFieldRequest> first = violations.iterator().next();
                throw Problems.conflict("customfields.problem.declaration-invalid", source, request.code(),
                        first.getPropertyPath() + " " + first.getMessage());
            }
            if (RecordType.byCode(request.entity()).filter(RecordType::holdsFields).isEmpty()
                    || FieldType.byCode(request.type()).isEmpty()) {
                throw Problems.conflict("customfields.problem.declaration-invalid", source, request.code(),
                        request.entity() + " / " + request.type());
            }
            Optional<CustomField> existing = find(request.entity(), request.code());
            if (existing.isEmpty()) {
                service.create(request, source);
            } else if (!existing.get().getSource().equals(source)) {
                throw Problems.conflict("customfields.problem.code-taken-by", source, request.entity(), request.code(),
                        existing.get().getSource());
            } else {
                bringUpToDate(existing.get(), request);
            }
        }
    }

    /** Hides the owner's fields (values kept; ADR 0130 deactivation) while it is off. */
    @Transactional
    public void deactivate(String source) {
        owned(source).stream().filter(CustomField::isActive).forEach(field -> change(field, f -> f.setActive(false)));
    }

    /** The owner's fields with every value the tenant's records hold, for the export before removing them. */
    @Transactional
    public List<OwnedFieldExport> export(String source) {
        List<OwnedFieldExport> export = new ArrayList<>();
        for (CustomField field : owned(source)) {
            Map<Long, List<CustomFieldValue>> byRecord = db.em().createQuery("SELECT v FROM CustomFieldValue v "
                            + "WHERE v.fieldId = :field ORDER BY v.recordId, v.textValue", CustomFieldValue.class)
                    .setParameter("field", field.getId()).getResultStream()
                    .collect(Collectors.groupingBy(CustomFieldValue::getRecordId, LinkedHashMap::new, Collectors.toList()));
            List<OwnedFieldExport.Value> values = byRecord.entrySet().stream()
                    .map(e -> new OwnedFieldExport.Value(Ids.format(e.getKey()), CustomFields.json(field, e.getValue())))
                    .toList();
            export.add(new OwnedFieldExport(CustomFieldView.of(field), values));
        }
        return export;
    }

    /** Deletes the owner's fields and all their values (uninstall, after the export). */
    @Transactional
    public void remove(String source) {
        for (CustomField field : owned(source)) {
            db.em().createQuery("DELETE FROM CustomFieldValue v WHERE v.fieldId = :field")
                    .setParameter("field", field.getId()).executeUpdate();
            CustomFieldView before = CustomFieldView.of(field);
            db.em().remove(field);
            changes.deleted("custom_field", field.getId(), before);
        }
    }

    private void bringUpToDate(CustomField field, CustomFieldRequest request) {
        if (!field.getFieldType().code().equals(request.type())) {
            throw Problems.conflict("customfields.problem.declaration-changed", field.getSource(), request.code(),
                    field.getFieldType().code(), request.type());
        }
        List<ChoiceOption> options = new ArrayList<>(field.options());
        List<String> known = options.stream().map(ChoiceOption::code).toList();
        List<ChoiceOption> added = request.options() == null ? List.of()
                : request.options().stream().filter(o -> !known.contains(o.code())).toList();
        options.addAll(added);
        if (!field.isActive() || !added.isEmpty()) {
            change(field, f -> {
                f.setActive(true);
                f.setOptions(options);
            });
        }
    }

    private void change(CustomField field, Consumer<CustomField> change) {
        CustomFieldView before = CustomFieldView.of(field);
        change.accept(field);
        db.em().flush();
        CustomFieldView after = CustomFieldView.of(field);
        changes.updated("custom_field", field.getId(), before, after);
    }

    private Optional<CustomField> find(String entity, String code) {
        return db.em().createQuery("SELECT f FROM CustomField f WHERE f.entity = :entity AND f.code = :code",
                        CustomField.class)
                .setParameter("entity", RecordType.byCode(entity).orElseThrow()).setParameter("code", code).getResultStream().findFirst();
    }

    private List<CustomField> owned(String source) {
        return db.em().createQuery("SELECT f FROM CustomField f WHERE f.source = :source ORDER BY f.entity, f.code",
                CustomField.class).setParameter("source", source).getResultList();
    }
}
