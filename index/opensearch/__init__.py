"""The OpenSearch engine: broadsheet's articles and queries on an OpenSearch cluster.

Nothing here is imported on the default (Whoosh) path, and the client library itself is
imported only when a connection is made (`index.opensearch.client.connect`).
"""
