package io.tradewind.lead;

/** Where a lead came from (线索来源); {@code CUSTOM} carries its own name in {@code sourceDetail}. */
public enum LeadSource {
    WEBSITE,
    CHAT,
    PHONE,
    TRADE_SHOW,
    PURCHASED_LIST,
    REFERRAL,
    COLD_VISIT,
    CUSTOM;

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
