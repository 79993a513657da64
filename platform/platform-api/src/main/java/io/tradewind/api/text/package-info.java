/** Texts a plugin shows to users, in several languages. */
package io.tradewind.api.text;
