/** Mapped file access of any size, chunk planning and the JFR event for chunk work. */
package io.chunkwise.loader.io;
