/** Tenant data a plugin reads, declares and stores. */
package io.tradewind.api.data;
