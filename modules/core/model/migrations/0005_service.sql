-- ShopDesk shop format 5: customer-service records (客服).
-- A shipped migration: never renumbered or edited; a change is a new numbered script.

-- Buyers waiting for an out-of-stock SKU (缺货登记), to be told when it is booked in.
CREATE TABLE service_waitlist (
    id            INTEGER PRIMARY KEY,
    buyer_nick    TEXT NOT NULL,
    sku_id        INTEGER NOT NULL REFERENCES skus(id),
    registered_at TEXT NOT NULL,
    contacted_at  TEXT,                        -- NULL until the agent told the buyer
    actor         TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX service_waitlist_sku ON service_waitlist(sku_id);

-- Failed deals (流失客户): who, what, why, how to reach them next time.
CREATE TABLE service_failed_deals (
    id          INTEGER PRIMARY KEY,
    buyer_nick  TEXT NOT NULL,
    item        TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    next_time   TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    actor       TEXT NOT NULL DEFAULT ''
);

-- Orders to follow up (跟进): logistics unclear, cannot ship, other.
CREATE TABLE service_followups (
    id         INTEGER PRIMARY KEY,
    order_no   TEXT NOT NULL,
    reason     TEXT NOT NULL,                  -- logistics | cannot_ship | other
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    done_at    TEXT,
    actor      TEXT NOT NULL DEFAULT ''
);

-- Agents (客服) and their level, which sets the base pay.
CREATE TABLE service_agents (
    name  TEXT PRIMARY KEY,
    level TEXT NOT NULL DEFAULT 'junior'       -- junior | middle | senior | lead
);

-- One agent's day (客服考核): counts as the platform's agent report gives them.
CREATE TABLE service_agent_days (
    agent              TEXT NOT NULL,
    day                TEXT NOT NULL,
    received           INTEGER NOT NULL DEFAULT 0 CHECK (received >= 0),
    answered           INTEGER NOT NULL DEFAULT 0 CHECK (answered >= 0),
    paid               INTEGER NOT NULL DEFAULT 0 CHECK (paid >= 0),
    good_ratings       INTEGER NOT NULL DEFAULT 0 CHECK (good_ratings >= 0),
    first_response_sec INTEGER NOT NULL DEFAULT 0 CHECK (first_response_sec >= 0),
    sales_fen          INTEGER NOT NULL DEFAULT 0 CHECK (sales_fen >= 0),
    PRIMARY KEY (agent, day)
);

-- Bonus per agent and month (yyyy-MM), set by the manager.
CREATE TABLE service_bonuses (
    agent     TEXT NOT NULL,
    month     TEXT NOT NULL,
    bonus_fen INTEGER NOT NULL DEFAULT 0 CHECK (bonus_fen >= 0),
    PRIMARY KEY (agent, month)
);
