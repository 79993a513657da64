package io.tradewind.opportunity;

import io.tradewind.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A stage of the tenant's pipeline, with its win probability and the checklist items an opportunity
 * must have ticked to enter it and to leave it. Checklists are stored one item a line.
 */
@Entity
@Table(name = "opportunity_stage")
public class OpportunityStage extends TenantEntity {

    public enum Kind { OPEN, WON, LOST }

    private String name;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private int probability;
    private int sortOrder;
    private String entryChecklist = "";
    private String exitChecklist = "";

    protected OpportunityStage() {
    }

    public OpportunityStage(String name, Kind kind, int probability, int sortOrder) {
        this.name = name;
        this.kind = kind;
        this.probability = probability;
        this.sortOrder = sortOrder;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = kind; }
    public int getProbability() { return probability; }
    public void setProbability(int probability) { this.probability = probability; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }

    public List<String> entryChecklist() {
        return lines(entryChecklist);
    }

    public List<String> exitChecklist() {
        return lines(exitChecklist);
    }

    public void setEntryChecklist(List<String> items) {
        entryChecklist = String.join("\n", items);
    }

    public void setExitChecklist(List<String> items) {
        exitChecklist = String.join("\n", items);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(text.split("\n")));
    }
}
