-- The demo shop's orders and password-reset requests (io.attune.shop.DemoShop, attune.shop.backend=demo): what
-- the bot's flows read and act on when no real shop is connected. Plain SQL that H2 (2.x) and PostgreSQL both run. The seeded
-- dates are relative to the day this migration runs, so a new installation's demo reads fresh ("left our
-- warehouse on Monday; the tracking says it arrives tomorrow"); the README lists the numbers to try.

CREATE TABLE demo_shop_orders (
    order_number      VARCHAR(20)    NOT NULL PRIMARY KEY,
    status            VARCHAR(16)    NOT NULL,
    total_amount      DECIMAL(12, 2) NOT NULL,
    currency          CHAR(3)        NOT NULL,
    placed_on         DATE           NOT NULL,
    -- when it reached its status: placed, left the warehouse, was delivered or cancelled
    status_since      DATE           NOT NULL,
    carrier           VARCHAR(100),
    tracking_number   VARCHAR(100),
    expected_delivery DATE
);

CREATE TABLE demo_shop_order_items (
    order_number VARCHAR(20)  NOT NULL REFERENCES demo_shop_orders (order_number),
    line_no      INT          NOT NULL,
    name         VARCHAR(200) NOT NULL,
    quantity     INT          NOT NULL,
    PRIMARY KEY (order_number, line_no)
);

CREATE TABLE demo_shop_refunds (
    order_number VARCHAR(20)    NOT NULL REFERENCES demo_shop_orders (order_number),
    line_no      INT            NOT NULL,
    amount       DECIMAL(12, 2) NOT NULL,
    currency     CHAR(3)        NOT NULL,
    status       VARCHAR(16)    NOT NULL,
    updated_on   DATE           NOT NULL,
    PRIMARY KEY (order_number, line_no)
);

-- Password-reset links the bot asked for. The demo shop sends no email: it keeps the request, as a real shop's
-- account system would take it (io.attune.shop.DemoShop#requestPasswordReset).
CREATE TABLE demo_shop_password_resets (
    email        VARCHAR(254)                NOT NULL,
    requested_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- P1000001: placed yesterday, still in the warehouse: the one that can be cancelled.
INSERT INTO demo_shop_orders VALUES ('P1000001', 'PROCESSING', 39.00, 'EUR',
    CURRENT_DATE - INTERVAL '1' DAY, CURRENT_DATE - INTERVAL '1' DAY, NULL, NULL, NULL);
INSERT INTO demo_shop_order_items VALUES ('P1000001', 1, 'Alder kettle', 1);

-- B7730012: left the warehouse two days ago with DPD, arrives tomorrow.
INSERT INTO demo_shop_orders VALUES ('B7730012', 'SHIPPED', 89.00, 'EUR',
    CURRENT_DATE - INTERVAL '4' DAY, CURRENT_DATE - INTERVAL '2' DAY, 'DPD', '0153 7730 0120',
    CURRENT_DATE + INTERVAL '1' DAY);
INSERT INTO demo_shop_order_items VALUES ('B7730012', 1, 'Fellside rain jacket', 1);

-- S1000002: shipped six days ago, expected yesterday: running late.
INSERT INTO demo_shop_orders VALUES ('S1000002', 'SHIPPED', 129.00, 'EUR',
    CURRENT_DATE - INTERVAL '8' DAY, CURRENT_DATE - INTERVAL '6' DAY, 'UPS', '1Z 999 AA1 01 2345 6784',
    CURRENT_DATE - INTERVAL '1' DAY);
INSERT INTO demo_shop_order_items VALUES ('S1000002', 1, 'Hobart hiking boots', 1);

-- D1000003: delivered yesterday ("the tracking says delivered but there is nothing here").
INSERT INTO demo_shop_orders VALUES ('D1000003', 'DELIVERED', 214.00, 'EUR',
    CURRENT_DATE - INTERVAL '6' DAY, CURRENT_DATE - INTERVAL '1' DAY, 'DPD', '0153 4410 0070', NULL);
INSERT INTO demo_shop_order_items VALUES ('D1000003', 1, 'Kestrel tent', 1);
INSERT INTO demo_shop_order_items VALUES ('D1000003', 2, 'Trail socks', 2);

-- C1000004: cancelled four days ago, refund paid two days ago.
INSERT INTO demo_shop_orders VALUES ('C1000004', 'CANCELLED', 59.00, 'EUR',
    CURRENT_DATE - INTERVAL '5' DAY, CURRENT_DATE - INTERVAL '4' DAY, NULL, NULL, NULL);
INSERT INTO demo_shop_order_items VALUES ('C1000004', 1, 'Ridge daypack', 1);
INSERT INTO demo_shop_refunds VALUES ('C1000004', 1, 59.00, 'EUR', 'PAID', CURRENT_DATE - INTERVAL '2' DAY);

-- R1000005: delivered ten days ago, sent back; the refund was started yesterday.
INSERT INTO demo_shop_orders VALUES ('R1000005', 'DELIVERED', 49.00, 'EUR',
    CURRENT_DATE - INTERVAL '14' DAY, CURRENT_DATE - INTERVAL '10' DAY, 'DPD', '0153 5550 0050', NULL);
INSERT INTO demo_shop_order_items VALUES ('R1000005', 1, 'Brisk blender', 1);
INSERT INTO demo_shop_refunds VALUES ('R1000005', 1, 49.00, 'EUR', 'IN_PROGRESS', CURRENT_DATE - INTERVAL '1' DAY);
