/** Security identifiers (CUSIP, ISIN): check digits and allocation-free validation. */
package io.chunkwise.loader.id;
