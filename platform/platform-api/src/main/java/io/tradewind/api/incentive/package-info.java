/** Incentive schemes: commissions and bonuses. */
package io.tradewind.api.incentive;
