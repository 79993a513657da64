/** REST resources and console screens contributed by plugins. */
package io.tradewind.api.web;
