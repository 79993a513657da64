package io.tradewind.testplugin.hello;

import io.tradewind.api.text.LocalizedText;
import io.tradewind.api.web.UiContribution;
import io.tradewind.api.web.UiModule;
import java.util.List;
import org.pf4j.Extension;

/** One page in the console. */
@Extension
public class HelloUi implements UiContribution {

    @Override
    public List<UiModule> modules() {
        return List.of(new UiModule("greeting", "ui/greeting.js", "page", LocalizedText.of("Greeting", "问候"), null));
    }
}
