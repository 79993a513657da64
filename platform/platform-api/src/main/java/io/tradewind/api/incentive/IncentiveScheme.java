package io.tradewind.api.incentive;

import io.tradewind.api.PluginContext;
import io.tradewind.api.text.LocalizedText;
import org.pf4j.ExtensionPoint;

/** Computes commissions and bonuses for a period's sales. */
public interface IncentiveScheme extends ExtensionPoint {

    /**
     * The scheme's key, unique within the plugin.
     *
     * @return the key
     */
    String key();

    /**
     * What users see as the scheme's name.
     *
     * @return the name
     */
    LocalizedText name();

    /**
     * Computes the payouts. Must not have side effects: the host may run it again.
     *
     * @param context the tenant's context
     * @param input the period's sales
     * @return the payouts
     */
    IncentiveResult calculate(PluginContext context, IncentiveInput input);
}
