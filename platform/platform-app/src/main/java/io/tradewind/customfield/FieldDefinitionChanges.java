package io.tradewind.customfield;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;

/**
 * Tells {@link FieldDefinitions} of every insert, update and delete of a {@link CustomField}, whoever
 * makes it (the admin API, a plugin's declared fields), so that no path can forget to. Inserts and
 * deletes are reported when asked for (in the changing thread and transaction), updates when flushed.
 */
public class FieldDefinitionChanges {

    @PrePersist
    @PostUpdate
    @PreRemove
    void changed(CustomField field) {
        CDI.current().select(FieldDefinitions.class).get().changed();
    }
}
