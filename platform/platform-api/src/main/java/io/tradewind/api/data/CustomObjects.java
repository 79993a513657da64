package io.tradewind.api.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant's instances of the custom objects this plugin declared in its {@link DataModel}.
 * Values are checked against the declared fields.
 */
public interface CustomObjects {

    /**
     * Creates an object.
     *
     * @param objectName the declared object name
     * @param values field values by field name
     * @return the stored object
     */
    CustomObjectRecord create(String objectName, Map<String, Object> values);

    /**
     * One object.
     *
     * @param objectName the declared object name
     * @param id the object id
     * @return the object, empty when the tenant has none with that id
     */
    Optional<CustomObjectRecord> find(String objectName, long id);

    /**
     * Objects in id order.
     *
     * @param objectName the declared object name
     * @param afterId the last id already seen, {@code 0} to start
     * @param limit at most this many (the host caps it at 500)
     * @return the next objects
     */
    List<CustomObjectRecord> list(String objectName, long afterId, int limit);

    /**
     * Replaces the given fields of an object.
     *
     * @param objectName the declared object name
     * @param id the object id
     * @param values the fields to change
     * @return the updated object, empty when there is none with that id
     */
    Optional<CustomObjectRecord> update(String objectName, long id, Map<String, Object> values);

    /**
     * Deletes an object.
     *
     * @param objectName the declared object name
     * @param id the object id
     * @return whether an object was deleted
     */
    boolean delete(String objectName, long id);
}
