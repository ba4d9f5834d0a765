package org.riposte.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.riposte.store.StoreReader;

/**
 * What the route handlers share: the store's reader, the JSON mapper, the cache of derived views, the configuration
 * and the ingestor (null when none is set).
 */
record ApiContext(StoreReader reader, ObjectMapper json, DerivedViews views, WebConfig config,
                  ArticleIngestor ingestor) {}
