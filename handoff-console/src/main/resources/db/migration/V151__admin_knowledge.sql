-- The bot's knowledge base as the admins last saved it (one row, id = 1), as YAML in the format of
-- io.attune.engine.knowledge.KnowledgeBase. Seeded from the classpath knowledge/shop.yml on first use.
-- `version` goes up by one on each save so that every instance notices and retrains.
CREATE TABLE admin_knowledge (
    id         INT PRIMARY KEY,
    version    BIGINT NOT NULL,
    yaml       VARCHAR(1000000) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
