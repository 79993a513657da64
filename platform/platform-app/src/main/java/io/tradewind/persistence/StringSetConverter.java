package io.tradewind.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small set of codes in one column, written {@code ,a,b,} so that {@code LIKE '%,a,%'} finds a
 * member. Used for role codes and permissions, which are short and read with their owner.
 */
@Converter
public class StringSetConverter implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToDatabaseColumn(Set<String> values) {
        if (values == null || values.isEmpty()) {
            return ",";
        }
        return values.stream().sorted().collect(Collectors.joining(",", ",", ","));
    }

    @Override
    public Set<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return Collections.emptySet();
        }
        return Arrays.stream(column.split(","))
                .filter(code -> !code.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The LIKE pattern that matches rows whose set contains {@code code}. */
    public static String containing(String code) {
        return "%," + code + ",%";
    }

    /** The LIKE pattern of a list's filter on one member (a tag), or null, no filter, when it is blank. */
    public static String filter(String code) {
        return code == null || code.isBlank() ? null : containing(Jpql.escapeLike(code.strip()));
    }
}
