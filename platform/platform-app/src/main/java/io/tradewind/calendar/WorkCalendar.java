package io.tradewind.calendar;

import io.tradewind.audit.RecordChanges;
import io.tradewind.export.ExportColumn;
import io.tradewind.export.ExportColumns;
import io.tradewind.export.Exporter;
import io.tradewind.export.ChunkSource;
import io.tradewind.export.ExportFormat;
import io.tradewind.persistence.Db;
import io.tradewind.web.Etags;
import io.tradewind.web.Params;
import io.tradewind.web.Patch;
import io.tradewind.web.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tenant's working-day calendar (ADR 0135): a day is a working day unless it is a weekend or a
 * public holiday, and a make-up working day (调休上班) on a weekend is one. The tenant's own entries
 * win over the reference schedule of {@link ReferenceHolidays}.
 */
@ApplicationScoped
public class WorkCalendar {

    /** How far ahead a working day is searched; beyond it only weekends count (no schedule spans that). */
    static final int HORIZON_DAYS = 60;

    /** A customer-care date: the first day of a public holiday, or a tenant's care date. */
    public record CareDay(LocalDate date, String name) {
    }

    @Inject
    Db db;

    @Inject
    ReferenceHolidays reference;

    @Inject
    RecordChanges changes;

    @Inject
    Exporter exporter;

    /** The first working day after {@code day}. Call in a tenant context. */
    @Transactional
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate until = day.plusDays(HORIZON_DAYS);
        Map<LocalDate, DayKind> kinds = kinds(day.plusDays(1), until);
        for (LocalDate next = day.plusDays(1); !next.isAfter(until); next = next.plusDays(1)) {
            if (working(next, kinds.get(next))) {
                return next;
            }
        }
        LocalDate next = until.plusDays(1);
        while (!working(next, null)) {
            next = next.plusDays(1);
        }
        return next;
    }

    @Transactional
    public boolean isWorkingDay(LocalDate day) {
        return working(day, kinds(day, day).get(day));
    }

    /** The special days (holidays, make-up working days, care dates) between two dates, the tenant's first. */
    @Transactional
    public List<CalendarDayView> days(LocalDate from, LocalDate to) {
        Map<LocalDate, CalendarDayView> merged = new TreeMap<>();
        reference.between(from, to).values().forEach(entry -> merged.put(entry.date(), CalendarDayView.of(entry)));
        tenantDays(from, to).forEach(day -> merged.put(day.getCalendarDate(), CalendarDayView.of(day)));
        return new ArrayList<>(merged.values());
    }

    /** {@link #days} between two dates as a CSV or XLSX file. */
    @Transactional
    public Response exportDays(ExportFormat type, LocalDate from, LocalDate to) {
        List<ExportColumn<CalendarDayView>> columns = ExportColumns.<CalendarDayView>headed("calendar.day.field.")
                .add("date", CalendarDayView::date).add("kind", CalendarDayView::kind).add("name", CalendarDayView::name)
                .add("source", CalendarDayView::source).add("id", CalendarDayView::id).list();
        return exporter.export(type, "calendar-days", columns, ChunkSource.of(days(from, to)));
    }

    /** Care dates between two dates: where a public holiday begins, and the tenant's care entries. */
    @Transactional
    public List<CareDay> careDays(LocalDate from, LocalDate to) {
        Map<LocalDate, CalendarDayView> days = days(from.minusDays(1), to).stream()
                .collect(Collectors.toMap(CalendarDayView::date, Function.identity(), (a, b) -> b, TreeMap::new));
        List<CareDay> care = new ArrayList<>();
        for (CalendarDayView day : days.values()) {
            if (day.date().isBefore(from) || day.name() == null || day.name().isBlank()) {
                continue;
            }
            boolean holidayStarts = DayKind.HOLIDAY.code().equals(day.kind()) && !sameHoliday(days.get(day.date().minusDays(1)), day);
            if (holidayStarts || DayKind.CARE.code().equals(day.kind())) {
                care.add(new CareDay(day.date(), day.name()));
            }
        }
        care.sort(Comparator.comparing(CareDay::date));
        return care;
    }

    @Transactional
    public CalendarDayView get(String id) {
        return CalendarDayView.of(db.require(CalendarDay.class, id));
    }

    @Transactional
    public CalendarDayView create(CalendarDayRequest request) {
        LocalDate on = date("date", request.date());
        DayKind kind = Params.enumValue("kind", DayKind.class, request.kind());
        if (!tenantDays(on, on).isEmpty()) {
            throw Problems.conflict("calendar.day.exists", on.toString());
        }
        CalendarDay day = new CalendarDay(on, kind, blankToNull(request.name()));
        db.em().persist(day);
        db.em().flush();
        CalendarDayView view = CalendarDayView.of(day);
        changes.changed("calendar.day-created", "calendar_day", day.getId(), null, view, view);
        return view;
    }

    @Transactional
    public CalendarDayView update(String id, String ifMatch, JsonObject body) {
        CalendarDay day = db.require(CalendarDay.class, id);
        Etags.require(ifMatch, day.getVersion());
        CalendarDayView before = CalendarDayView.of(day);
        Patch.of(body, "kind", "name")
                .enumValue("kind", DayKind.class, kind -> day.change(kind, day.getName()))
                .optionalText("name", 60, name -> day.change(day.getKind(), name))
                .apply();
        db.em().flush();
        CalendarDayView after = CalendarDayView.of(day);
        changes.changed("calendar.day-updated", "calendar_day", day.getId(), before, after, after);
        return after;
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        CalendarDay day = db.require(CalendarDay.class, id);
        Etags.require(ifMatch, day.getVersion());
        CalendarDayView before = CalendarDayView.of(day);
        db.em().remove(day);
        changes.changed("calendar.day-deleted", "calendar_day", day.getId(), before, null, before);
    }

    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Problems.invalid(field, "validation.required");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problems.invalid(field, "validation.date");
        }
    }

    private static boolean sameHoliday(CalendarDayView previous, CalendarDayView day) {
        return previous != null && DayKind.HOLIDAY.code().equals(previous.kind()) && day.name().equals(previous.name());
    }

    /** The effective kind of each special day: the tenant's entry, else the reference one; care dates are no day off. */
    private Map<LocalDate, DayKind> kinds(LocalDate from, LocalDate to) {
        Map<LocalDate, DayKind> kinds = new TreeMap<>();
        reference.between(from, to).values().forEach(entry -> kinds.put(entry.date(), entry.kind()));
        for (CalendarDay day : tenantDays(from, to)) {
            if (day.getKind() == DayKind.CARE) {
                continue;
            }
            kinds.put(day.getCalendarDate(), day.getKind());
        }
        return kinds;
    }

    private List<CalendarDay> tenantDays(LocalDate from, LocalDate to) {
        return db.em().createQuery("SELECT d FROM CalendarDay d WHERE d.calendarDate BETWEEN :from AND :to "
                        + "ORDER BY d.calendarDate", CalendarDay.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    static boolean working(LocalDate day, DayKind kind) {
        if (kind == DayKind.HOLIDAY) {
            return false;
        }
        if (kind == DayKind.WORKDAY) {
            return true;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
