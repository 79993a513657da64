package io.tradewind.testplugin.twin;

import io.tradewind.api.text.LocalizedText;
import io.tradewind.api.web.UiContribution;
import io.tradewind.api.web.UiModule;
import java.util.List;
import org.pf4j.Extension;

/** One page in the console, titled with its version. */
@Extension
public class TwinUi implements UiContribution {

    @Override
    public List<UiModule> modules() {
        return List.of(new UiModule("twin", "ui/twin.js", "page", LocalizedText.of("Twin 1", "双子 1"), null));
    }
}
