package io.tradewind.demo;

/** What the demo data created. */
public record DemoSummary(int departments, int products, int priceLists, int customers, int contacts, int activities,
                          int opportunities, int won, int lost, int leads, int inquiries, int handovers, int owners) {
}
