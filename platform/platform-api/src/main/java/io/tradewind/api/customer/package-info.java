/** Extension points on customers: grading. */
package io.tradewind.api.customer;
