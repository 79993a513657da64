package io.tradewind.contact;

import static io.tradewind.customer.CustomerService.blankToNull;

import io.tradewind.audit.RecordChanges;
import io.tradewind.customfield.CustomFieldFilters;
import io.tradewind.customfield.CustomFields;
import io.tradewind.customfield.RecordType;
import io.tradewind.customer.Customer;
import io.tradewind.customer.CustomerService;
import io.tradewind.customer.Visibility;
import io.tradewind.export.ExportColumn;
import io.tradewind.export.ExportColumns;
import io.tradewind.export.Exporter;
import io.tradewind.i18n.Messages;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.persistence.Jpql;
import io.tradewind.persistence.JsonText;
import io.tradewind.persistence.StringSetConverter;
import io.tradewind.web.Etags;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Params;
import io.tradewind.web.Patch;
import io.tradewind.web.Problems;
import io.tradewind.web.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Contacts (联系人): create, read, list, update, delete, and the care dates reminders use. */
@ApplicationScoped
public class ContactService {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type CARE_DATES = new ArrayList<CareDate>() { }.getClass().getGenericSuperclass();
    static final Map<String, String> SORTS = Map.of("name", "k.name", "createdAt", "k.createdAt",
            "updatedAt", "k.updatedAt", "birthday", "k.birthday");

    @Inject
    Db db;

    @Inject
    RecordChanges changes;

    @Inject
    CustomerService customers;

    @Inject
    Visibility visibility;

    @Inject
    io.tradewind.team.TeamService teams;

    @Inject
    Exporter exporter;

    @Inject
    CustomFields customFields;

    @Inject
    CustomFieldFilters customFieldFilters;

    @Transactional
    public ContactView create(ContactRequest request) {
        Contact contact = new Contact(request.name().strip());
        if (request.customerId() != null && !request.customerId().isBlank()) {
            Customer customer = customer(request.customerId());
            contact.setCustomerId(customer.getId());
            contact.setOwnerId(customer.getOwnerId());
        } else {
            contact.setOwnerId(visibility.callerId());
        }
        contact.setTitle(blankToNull(request.title()));
        contact.setPhone(blankToNull(request.phone()));
        contact.setMobile(blankToNull(request.mobile()));
        contact.setEmail(blankToNull(request.email()));
        contact.setWechat(blankToNull(request.wechat()));
        contact.setBirthday(request.birthday());
        contact.setCareDates(request.careDates() == null || request.careDates().isEmpty() ? null
                : JsonText.write(request.careDates()));
        contact.setPrimaryContact(Boolean.TRUE.equals(request.primaryContact()));
        contact.setNotes(blankToNull(request.notes()));
        contact.setTags(CustomerService.tags(request.tags()));
        db.em().persist(contact);
        db.em().flush();
        customFields.write(RecordType.CONTACT, contact.getId(), request.customFields(), null);
        ContactView view = view(contact);
        changes.created("contact", contact.getId(), view);
        return view;
    }

    @Transactional
    public ContactView get(String id) {
        return view(require(id));
    }

    /** The contact if the caller's data scope covers its owner; else 404. */
    @Transactional
    public Contact require(String id) {
        Contact contact = db.require(Contact.class, id);
        long visible = visibility.restrictWithTeam(Jpql.from(db.em(), Contact.class, "k").where("k.id = :id", "id",
                contact.getId()), "k.ownerId", "customer", "k.customerId").count();
        if (visible == 0) {
            throw Problems.notFound(Contact.class);
        }
        return contact;
    }

    @Transactional
    public Page<ContactView> list(PageRequest page, String customerId, String ownerId, String tag, String q,
                                  String createdFrom, String createdTo) {
        Page<Contact> found = query(customerId, ownerId, tag, q, createdFrom, createdTo)
                .page(page, Sorting.orderBy(page.sort(), SORTS, "k.updatedAt DESC", "k.id"));
        Map<Long, Map<String, Object>> custom = customFields.values(RecordType.CONTACT,
                found.items().stream().map(Contact::getId).toList());
        return found.map(k -> ContactView.of(k, careDates(k), custom.getOrDefault(k.getId(), Map.of())));
    }

    @Transactional
    public Response export(String format, PageRequest page, String customerId, String ownerId, String tag, String q,
                           String createdFrom, String createdTo) {
        List<ExportColumn<Contact>> columns = ExportColumns.<Contact>headed("accounts.contact.field.")
                .add("id", k -> Ids.format(k.getId())).add("name", Contact::getName)
                .add("customerId", k -> Ids.format(k.getCustomerId())).add("title", Contact::getTitle)
                .add("phone", Contact::getPhone).add("mobile", Contact::getMobile).add("email", Contact::getEmail)
                .add("birthday", Contact::getBirthday).add("tags", Contact::getTags)
                .add("ownerId", k -> Ids.format(k.getOwnerId())).list();
        return exporter.export(format, "contacts", columns, query(customerId, ownerId, tag, q, createdFrom, createdTo),
                Sorting.orderBy(page.sort(), SORTS, "k.updatedAt DESC", "k.id"),
                customFields.export(RecordType.CONTACT, Contact::getId));
    }

    private Jpql<Contact> query(String customerId, String ownerId, String tag, String q, String createdFrom,
                                String createdTo) {
        Long owner = Params.owner(ownerId, visibility.callerId());
        return visibility.restrictWithTeam(customFieldFilters.apply(Jpql.from(db.em(), Contact.class, "k"), RecordType.CONTACT, "k.id")
                .where("k.customerId = :customer", "customer", Params.id("customerId", customerId))
                .where("k.ownerId = :owner", "owner", owner)
                .where("k.tags LIKE :tag", "tag", StringSetConverter.filter(tag))
                .where("k.createdAt >= :createdFrom", "createdFrom", Params.instant("createdFrom", createdFrom))
                .where("k.createdAt < :createdTo", "createdTo", Params.instant("createdTo", createdTo))
                .search(q, "k.name", "k.phone", "k.mobile", "k.email", "k.title"), "k.ownerId", "customer", "k.customerId");
    }

    @Transactional
    public ContactView update(String id, String ifMatch, JsonObject body) {
        Contact contact = require(id);
        teams.requireWritableCustomer(contact.getCustomerId());
        Etags.require(ifMatch, contact.getVersion());
        ContactView before = view(contact);
        Patch.of(body, "name", "customerId", "title", "phone", "mobile", "email", "wechat", "birthday", "careDates",
                        "primaryContact", "notes", "tags", "customFields")
                .text("name", 100, contact::setName)
                .id("customerId", true, customerId -> {
                    Customer customer = customerId == null ? null : customer(Ids.format(customerId));
                    contact.setCustomerId(customer == null ? null : customer.getId());
                    if (customer != null) {
                        contact.setOwnerId(customer.getOwnerId());
                    }
                })
                .optionalText("title", 100, contact::setTitle)
                .optionalText("phone", 40, contact::setPhone)
                .optionalText("mobile", 40, contact::setMobile)
                .optionalText("email", 254, contact::setEmail)
                .optionalText("wechat", 100, contact::setWechat)
                .date("birthday", true, contact::setBirthday)
                .bool("primaryContact", contact::setPrimaryContact)
                .optionalText("notes", 2000, contact::setNotes)
                .strings("tags", tags -> contact.setTags(CustomerService.tags(List.copyOf(tags))))
                .apply();
        if (body.containsKey("careDates")) {
            contact.setCareDates(careDates(body));
        }
        customFields.write(RecordType.CONTACT, contact.getId(), body.get("customFields"), contact);
        db.em().flush();
        ContactView after = view(contact);
        changes.updated("contact", contact.getId(), before, after);
        return after;
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        Contact contact = require(id);
        teams.requireWritableCustomer(contact.getCustomerId());
        Etags.require(ifMatch, contact.getVersion());
        ContactView before = view(contact);
        customFields.deleteValues(contact.getId());
        db.em().remove(contact);
        changes.deleted("contact", contact.getId(), before);
    }

    /**
     * Birthdays and care dates falling between {@code from} and {@code to} (inclusive), for the
     * reminders; the whole tenant when there is no caller, else the caller's data scope.
     */
    @Transactional
    public List<CareDateDue> careDatesBetween(LocalDate from, LocalDate to) {
        List<CareDateDue> due = new ArrayList<>();
        List<Contact> contacts = visibility.restrict(Jpql.from(db.em(), Contact.class, "k")
                .where("(k.birthday IS NOT NULL OR k.careDates IS NOT NULL)", Map.of()), "k.ownerId")
                .list(" ORDER BY k.id", 0, 100_000);
        for (Contact k : contacts) {
            if (k.getBirthday() != null) {
                occurrences(MonthDay.from(k.getBirthday()), from, to).forEach(date -> due.add(new CareDateDue(
                        Ids.format(k.getId()), k.getName(), Ids.format(k.getCustomerId()), Ids.format(k.getOwnerId()),
                        date, "birthday", Messages.get("accounts.contact.birthday"))));
            }
            for (CareDate care : careDates(k)) {
                occurrences(MonthDay.parse("--" + care.monthDay()), from, to).forEach(date -> due.add(new CareDateDue(
                        Ids.format(k.getId()), k.getName(), Ids.format(k.getCustomerId()), Ids.format(k.getOwnerId()),
                        date, "care", care.label())));
            }
        }
        due.sort(java.util.Comparator.comparing(CareDateDue::date).thenComparing(CareDateDue::contactId));
        return due;
    }

    static List<LocalDate> occurrences(MonthDay day, LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!day.isValidYear(year)) {
                continue;
            }
            LocalDate date = day.atYear(year);
            if (!date.isBefore(from) && !date.isAfter(to)) {
                dates.add(date);
            }
        }
        return dates;
    }

    public ContactView view(Contact contact) {
        return ContactView.of(contact, careDates(contact), customFields.values(RecordType.CONTACT, contact.getId()));
    }

    private static List<CareDate> careDates(Contact contact) {
        if (contact.getCareDates() == null) {
            return List.of();
        }
        return JSONB.fromJson(contact.getCareDates(), CARE_DATES);
    }

    private static String careDates(JsonObject body) {
        if (body.isNull("careDates")) {
            return null;
        }
        List<CareDate> dates;
        try {
            dates = JSONB.fromJson(body.get("careDates").toString(), CARE_DATES);
        } catch (RuntimeException e) {
            throw Problems.invalid("careDates", "validation.type");
        }
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        if (dates.size() > 20 || dates.stream().anyMatch(d -> d == null || !validator.validate(d).isEmpty())) {
            throw Problems.invalid("careDates", "accounts.validation.care-date");
        }
        return dates.isEmpty() ? null : JsonText.write(dates);
    }

    private Customer customer(String id) {
        try {
            return customers.require(id);
        } catch (io.tradewind.web.ProblemException e) {
            throw Problems.invalid("customerId", "accounts.validation.customer.unknown");
        }
    }
}
