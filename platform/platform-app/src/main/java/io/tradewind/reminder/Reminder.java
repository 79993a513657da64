package io.tradewind.reminder;

import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something a user must be told at a time: a follow-up's next step, a customer care date
 * (birthday, holiday) or their own note. Pending until due; then delivered in the app and by mail;
 * done when the user says so. {@code dedupeKey} keeps a generated reminder from being made twice.
 */
@Entity
@Table(name = "reminder")
public class Reminder extends TenantEntity {

    public enum Kind { NEXT_STEP, BIRTHDAY, HOLIDAY, CUSTOM }

    public enum Status { PENDING, DELIVERED, DONE }

    private long userId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String title;
    private String detail;
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;
    private Instant deliveredAt;
    private String subjectType;
    private Long subjectId;
    private String dedupeKey;

    protected Reminder() {
    }

    public Reminder(long userId, Kind kind, String title, Instant dueAt) {
        this.userId = userId;
        this.kind = kind;
        this.title = title;
        this.dueAt = dueAt;
    }

    public void about(String subjectType, Long subjectId, String dedupeKey) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.dedupeKey = dedupeKey;
    }

    /** Moves the reminder to a new time (and recipient); a delivered one becomes pending again. */
    public void reschedule(long userId, String title, Instant dueAt) {
        this.userId = userId;
        this.title = title;
        if (!dueAt.equals(this.dueAt)) {
            this.dueAt = dueAt;
            this.status = Status.PENDING;
            this.deliveredAt = null;
        }
    }

    void delivered(Instant at) {
        status = Status.DELIVERED;
        deliveredAt = at;
    }

    public void done() {
        status = Status.DONE;
    }

    public long getUserId() { return userId; }
    public Kind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
    public Instant getDueAt() { return dueAt; }
    public Status getStatus() { return status; }
    public Instant getDeliveredAt() { return deliveredAt; }
    public String getSubjectType() { return subjectType; }
    public Long getSubjectId() { return subjectId; }
    public String getDedupeKey() { return dedupeKey; }
}
