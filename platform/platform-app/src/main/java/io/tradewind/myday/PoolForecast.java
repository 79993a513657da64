package io.tradewind.myday;

import java.util.List;

/** Which of a user's customers the shared-pool rules will reclaim soon (implemented with the customers). */
public interface PoolForecast {

    List<MyDay.PoolWarning> returningSoon(long userId, int limit);
}
