package io.tradewind.channel;

import io.tradewind.api.text.LocalizedText;
import io.tradewind.api.web.UiContribution;
import io.tradewind.api.web.UiModule;
import java.util.List;
import org.pf4j.Extension;

/** The console page: partner list and profile, onboarding kanban, territory table, conflicts inbox. */
@Extension
public class ChannelUi implements UiContribution {

    @Override
    public List<UiModule> modules() {
        return List.of(new UiModule("channels", "ui/channels.js", "page", LocalizedText.of("Channels", "渠道管理"),
                ChannelRest.READ));
    }
}
