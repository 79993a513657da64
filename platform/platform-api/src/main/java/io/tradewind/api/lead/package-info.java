/** Extension points on leads: routing and scoring. */
package io.tradewind.api.lead;
