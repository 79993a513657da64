package io.tradewind.api.playbook;

import io.tradewind.api.PluginContext;
import org.pf4j.ExtensionPoint;

/** Offers an industry playbook that a tenant admin can apply to the tenant's pipeline. */
public interface Playbook extends ExtensionPoint {

    /**
     * The playbook, possibly shaped by the tenant's settings.
     *
     * @param context the tenant's context
     * @return the playbook
     */
    PlaybookDefinition definition(PluginContext context);
}
