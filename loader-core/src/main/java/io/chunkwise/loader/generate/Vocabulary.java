package io.chunkwise.loader.generate;

import java.nio.charset.StandardCharsets;

/** Word lists of the security master generator, pre-encoded as ASCII bytes. */
final class Vocabulary {
    static final byte[][] NAME_FIRST = words("""
            Apex Meridian Summit Harbor Granite Cedar Falcon Pioneer Atlas Beacon Crescent Delta Evergreen
            Frontier Global Horizon Ironwood Juniper Keystone Lakeshore Magnolia Northstar Oakmont Pacific
            Quantum Redwood Sierra Titan Union Vanguard Westfield Yellowstone Zenith Alder Bluewater Copper
            Driftwood Eastgate Foxhill Goldcrest Highland Indigo Jasper Kestrel Lumen Marlin Nimbus Orion
            Pinnacle Quarry Riverbend Sterling Tidewater Upland Valor Willow Aspen Birch Canyon Dune Ember
            Fjord Glacier Hawthorn Islet Jade Kingsley Lantern Mesa Nova Onyx Prairie Quill Ridge Sable
            Timber Umber Vertex Wren Axiom Boreal Cobalt Dynamo Echo Fulcrum Gemini Halcyon Ion Juno Krypton
            Legacy Monarch Nexus Octave Polaris Quasar Radiant Solstice Trident Ultra Vista Whitney Xenon
            Yukon Zephyr American National United First Continental Eastern Western Southern Northern Royal
            """);
    static final byte[][] NAME_SECOND = words("""
            Capital Energy Foods Health Industries Logistics Materials Media Minerals Motors Networks
            Partners Pharma Power Realty Resources Semiconductor Software Systems Technologies Telecom
            Therapeutics Transport Utilities Water Aerospace Analytics Apparel Bancorp Biosciences Brands
            Chemicals Communications Devices Diagnostics Dynamics Electric Engineering Entertainment Financial
            Gaming Genomics Hospitality Instruments Insurance Labs Lending Machinery Marine Medical Metals
            Mining Optics Payments Petroleum Pipelines Robotics Satellite Security Shipping Solar Steel Storage
            Textiles Timberlands Tools Trust Vision Wireless
            """);
    static final byte[][] NAME_SUFFIX = words("Inc|Corp|Holdings Inc|Group Inc|Co|Ltd|Corporation|Trust|LP|plc|Holdings Corp|Inc Class A", '|');
    /** Suffixes preceded by a comma in the "needs quoting" variant of a name. */
    static final byte[][] NAME_COMMA_SUFFIX = words("Inc.|Ltd.|L.P.|LLC|Inc. Class B|N.A.", '|');

    static final byte[][] EXCHANGES = words("XNYS XNAS ARCX BATS IEXG XASE XTSE XTSX XLON XETR");
    static final byte[][] EXCHANGE_CURRENCY = words("USD USD USD USD USD USD CAD CAD GBP EUR");
    static final byte[][] EXCHANGE_NAMES = words(
            "the New York Stock Exchange|Nasdaq|NYSE Arca|Cboe BZX|IEX|NYSE American|the Toronto Stock Exchange"
                    + "|TSX Venture|the London Stock Exchange|Xetra", '|');
    /** Exchanges a base listing is drawn from (the US and Canadian ones); cross-listings use any. */
    static final int HOME_EXCHANGES = 8;

    static final byte[][] COUNTRY_NAMES = words("the United States|Canada", '|');
    static final byte[][] COUNTRIES = words("US CA");

    static final byte[][] SECURITY_TYPES = words(
            "Common Stock|Common Stock|Common Stock|Common Stock|Common Stock|Common Stock|Common Stock"
                    + "|ADR|ETF|Preferred Stock|REIT|Corporate Bond|Corporate Bond|Convertible Bond", '|');
    /** Index of the first bond type in {@link #SECURITY_TYPES}. */
    static final int FIRST_BOND = 11;

    static final byte[][] SECTORS = words("Information Technology|Health Care|Financials|Consumer Discretionary"
            + "|Communication Services|Industrials|Consumer Staples|Energy|Utilities|Real Estate|Materials", '|');
    static final byte[][][] INDUSTRIES = {
        words("Software|Semiconductors|IT Services|Electronic Equipment|Technology Hardware", '|'),
        words("Biotechnology|Pharmaceuticals|Health Care Providers|Medical Devices|Life Sciences Tools", '|'),
        words("Banks|Insurance|Capital Markets|Consumer Finance|Mortgage REITs", '|'),
        words("Automobiles|Hotels and Restaurants|Specialty Retail|Household Durables|Leisure Products", '|'),
        words("Media|Entertainment|Interactive Media|Diversified Telecommunication|Wireless Telecommunication", '|'),
        words("Aerospace and Defense|Machinery|Airlines|Construction and Engineering|Road and Rail", '|'),
        words("Beverages|Food Products|Household Products|Personal Products|Tobacco", '|'),
        words("Oil and Gas Exploration|Energy Equipment|Integrated Oil and Gas|Oil and Gas Refining|Coal", '|'),
        words("Electric Utilities|Gas Utilities|Water Utilities|Multi-Utilities|Renewable Electricity", '|'),
        words("Office REITs|Residential REITs|Retail REITs|Real Estate Services|Industrial REITs", '|'),
        words("Chemicals|Metals and Mining|Construction Materials|Containers and Packaging|Paper Products", '|'),
    };

    static final byte[][] STATUSES = words("ACTIVE ACTIVE ACTIVE ACTIVE ACTIVE ACTIVE ACTIVE ACTIVE ACTIVE SUSPENDED DELISTED");

    static final byte[] COMMA = ascii(",");
    static final byte[] OF = ascii(" of ");
    static final byte[] INCORPORATED = ascii(" incorporated in ");
    static final byte[] OPERATES = ascii("; operates in ");
    static final byte[] WITHIN = ascii(" within the ");
    static final byte[] SECTOR = ascii(" sector. Primary listing on ");
    static final byte[] SINCE = ascii(" since ");
    static final byte[] PERIOD = ascii(".");
    /** Appended to the description in its "needs quoting" variant: a comma. */
    static final byte[] COMMA_CLAUSE = ascii(", with secondary listings, ADRs and options");

    static final byte[] HEADER = ascii("cusip,isin,symbol,name,exchange,currency,country,security_type,sector,"
            + "industry,issue_date,maturity_date,coupon_pct,lot_size,tick_size,shares_outstanding,market_cap,"
            + "last_price,status,description,updated_at\n");

    private Vocabulary() {
    }

    private static byte[][] words(String text) {
        return words(text.strip(), ' ');
    }

    private static byte[][] words(String text, char separator) {
        String[] parts = separator == ' ' ? text.strip().split("\\s+") : text.split(java.util.regex.Pattern.quote(
                String.valueOf(separator)));
        byte[][] out = new byte[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            out[i] = ascii(parts[i]);
        }
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
