package io.tradewind.myday;

import io.tradewind.customer.CustomerPool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The shared-pool rules' forecast: the user's customers that return to the pool within a few days. */
@ApplicationScoped
public class CustomerPoolForecast implements PoolForecast {

    @Inject
    CustomerPool pool;

    @Inject
    @ConfigProperty(name = "TRADEWIND_MY_DAY_POOL_DAYS", defaultValue = "3")
    int days;

    @Override
    public List<MyDay.PoolWarning> returningSoon(long userId, int limit) {
        return pool.returningWithin(userId, days).stream().limit(limit)
                .map(r -> new MyDay.PoolWarning(r.customerId(), r.name(), r.reason(), r.returnsAt())).toList();
    }
}
