/** Domain events delivered to plugins. */
package io.tradewind.api.event;
