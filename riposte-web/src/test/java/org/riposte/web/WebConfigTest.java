package org.riposte.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebConfigTest {

  @Test
  void defaultsListenOnLoopbackWithoutIngest() {
    WebConfig c = WebConfig.defaults();
    assertEquals("127.0.0.1", c.host());
    assertEquals(8080, c.port());
    assertFalse(c.ingestEnabled());
  }

  @Test
  void refusesBadValuesWithAClearMessage() {
    assertEquals("the port must be 0 to 65535, was 70000",
        assertThrows(IllegalArgumentException.class, () -> WebConfig.defaults().withPort(70000)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> WebConfig.defaults().withHost(" "));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> WebConfig.defaults().withToken("short"))
        .getMessage().contains("at least 16"));
    assertThrows(IllegalArgumentException.class, () -> WebConfig.defaults().withToken("has a space in it 12345"));
    assertThrows(IllegalArgumentException.class, () -> WebConfig.defaults().withMaxBodyBytes(10));
  }

  @Test
  void theTokenIsNeverPrinted() {
    WebConfig c = WebConfig.defaults().withToken("  abcdefghijklmnopqrstuvwxyz \n");
    assertEquals("abcdefghijklmnopqrstuvwxyz", c.token());
    assertTrue(c.ingestEnabled());
    assertFalse(c.toString().contains("abcdefghijklmnopqrstuvwxyz"));
  }

  @Test
  void aTakenPortIsAClearError() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
         org.riposte.store.BatchEventStore store = org.riposte.store.DuckDbEventStore.open(":memory:")) {
      WebServer s = WebServer.create(WebConfig.defaults().withPort(taken.getLocalPort()), store, null);
      IllegalStateException e = assertThrows(IllegalStateException.class, s::start);
      assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + taken.getLocalPort()), e.getMessage());
      s.stop();
    }
  }
}
