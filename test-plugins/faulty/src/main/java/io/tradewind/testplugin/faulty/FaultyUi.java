package io.tradewind.testplugin.faulty;

import io.tradewind.api.text.LocalizedText;
import io.tradewind.api.web.UiContribution;
import io.tradewind.api.web.UiModule;
import java.util.List;
import org.pf4j.Extension;

/** A console page whose module throws when mounted: the console must show an error, not a blank page. */
@Extension
public class FaultyUi implements UiContribution {

    @Override
    public List<UiModule> modules() {
        return List.of(new UiModule("broken", "ui/broken.js", "page", LocalizedText.of("Broken page", "出错的页面"), null));
    }
}
