-- One row that each feed chunk locks first (FeedChunk): chunks of batches processed at the same time, on any server,
-- then apply one after another, and each reads the children every earlier chunk made. Two sources' batches with
-- records of the same new child otherwise both read before either wrote, and each created the child.
CREATE TABLE feed_lock (
    id INT PRIMARY KEY
);
INSERT INTO feed_lock (id) VALUES (1);
