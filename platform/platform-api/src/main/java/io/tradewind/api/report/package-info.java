/** Reports contributed by plugins. */
package io.tradewind.api.report;
