package io.tradewind.customfield;

import io.tradewind.persistence.Ids;
import io.tradewind.persistence.Jpql;
import io.tradewind.web.FieldError;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * List filters on custom fields, from the request's query parameters: {@code cf.<code>=value} (text:
 * equal; number, date, lookup: equal; choice: any of the comma-separated codes), {@code cf.<code>.from}
 * and {@code cf.<code>.to} (number and date, inclusive; a {@code .from} after its {@code .to} is refused at
 * {@code .to}). Each becomes an EXISTS subquery on the typed, indexed value table (ADR 0130), so the list's
 * own filters and data scope still apply.
 */
@ApplicationScoped
public class CustomFieldFilters {

    public static final String PREFIX = "cf.";

    @Inject
    CustomFields fields;

    @Inject
    HttpServletRequest request;

    /** Adds the current request's {@code cf.*} filters to {@code query}, whose records' id is {@code idPath} (e.g. {@code c.id}). */
    @Transactional
    public <T> Jpql<T> apply(Jpql<T> query, RecordType type, String idPath) {
        Map<String, String[]> parameters = parameters();
        if (parameters.isEmpty()) {
            return query;
        }
        Map<String, CustomField> byCode = fields.active(type).stream()
                .collect(Collectors.toMap(CustomField::getCode, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        Map<String, Comparable<Object>> froms = new TreeMap<>();
        int n = 0;
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            String value = parameter.getValue().length == 0 ? "" : parameter.getValue()[0].strip();
            String rest = name.substring(PREFIX.length());
            String bound = rest.endsWith(".from") ? "from" : rest.endsWith(".to") ? "to" : null;
            String code = bound == null ? rest : rest.substring(0, rest.lastIndexOf('.'));
            CustomField field = byCode.get(code);
            if (field == null) {
                errors.add(new FieldError(name, io.tradewind.i18n.Messages.get("customfields.validation.filter-field")));
                continue;
            }
            if (value.isEmpty()) {
                continue;
            }
            String v = "cfv" + n;
            String p = "cf" + n++;
            String exists = "EXISTS (SELECT " + v + " FROM CustomFieldValue " + v + " WHERE " + v + ".recordId = "
                    + idPath + " AND " + v + ".fieldId = :" + p + "f AND ";
            try {
                Condition condition = condition(field, bound, value, v, p);
                if (condition == null) {
                    errors.add(new FieldError(name, io.tradewind.i18n.Messages.get("customfields.validation.filter-range")));
                    continue;
                }
                if (reversed(froms, code, bound, condition.value())) {
                    errors.add(new FieldError(name, io.tradewind.i18n.Messages.get("customfields.validation.filter-reversed")));
                    continue;
                }
                query.where(exists + condition.jpql() + ")", Map.of(p + "f", field.getId(), p, condition.value()));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                errors.add(new FieldError(name, io.tradewind.i18n.Messages.get(
                        field.getFieldType() == FieldType.DATE ? "validation.date" : "validation.type")));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return query;
    }

    private record Condition(String jpql, Object value) {
    }

    /**
     * Whether {@code value}, a field's {@code .to}, lies before the same field's {@code .from} (the parameters
     * come sorted, so a field's {@code .from} is seen before its {@code .to}); remembers a {@code .from}.
     */
    @SuppressWarnings("unchecked")
    private static boolean reversed(Map<String, Comparable<Object>> froms, String code, String bound, Object value) {
        if ("from".equals(bound)) {
            froms.put(code, (Comparable<Object>) value);
            return false;
        }
        Comparable<Object> from = froms.get(code);
        return "to".equals(bound) && from != null && from.compareTo(value) > 0;
    }

    private static Condition condition(CustomField field, String bound, String value, String v, String p) {
        String op = bound == null ? " = :" : bound.equals("from") ? " >= :" : " <= :";
        return switch (field.getFieldType()) {
            case NUMBER -> new Condition(v + ".numberValue" + op + p, new BigDecimal(value));
            case DATE -> new Condition(v + ".dateValue" + op + p, LocalDate.parse(value));
            case TEXT -> bound != null ? null : new Condition(v + ".textValue = :" + p, value);
            case CHOICE -> bound != null ? null : new Condition(v + ".textValue IN :" + p,
                    Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
            case LOOKUP -> bound != null ? null : new Condition(v + ".refValue = :" + p,
                    Ids.parse(value).orElseThrow(IllegalArgumentException::new));
        };
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw Problems.invalid("query", "validation.pattern");
        }
    }

    /** The {@code cf.*} query parameters (the first value of each), sorted for stable queries; none outside a request. */
    private Map<String, String[]> parameters() {
        String query;
        try {
            query = request.getQueryString();
        } catch (ContextNotActiveException | IllegalStateException notInARequest) {
            return Map.of();
        }
        Map<String, String[]> found = new TreeMap<>();
        if (query == null) {
            return found;
        }
        // Decoded here as UTF-8 (as JAX-RS does): the servlet's parameter map decodes ISO-8859-1.
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (name.startsWith(PREFIX) && !found.containsKey(name)) {
                found.put(name, new String[] {eq < 0 ? "" : decode(pair.substring(eq + 1))});
            }
        }
        return found;
    }
}
