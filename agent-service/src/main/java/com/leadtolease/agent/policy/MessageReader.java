package com.leadtolease.agent.policy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a prospect message asks for, beyond the facts the entity extractor reads. */
public final class MessageReader {

    private static final Pattern HUMAN = Pattern.compile("\\b(?:talk|speak|chat)\\s+(?:to|with)\\s+(?:a|an|some|the|"
            + "your)?\\s*(?:real\\s+|live\\s+)?(?:person|human|agent|someone|somebody|manager|representative|people"
            + "|leasing (?:agent|team|office))\\b|\\breal person\\b|\\b(?:a|an) human\\b|\\brepresentative\\b"
            + "|\\bhand (?:me )?off\\b|\\bcall me back\\b"
            + "|\\b(?:have|get|ask|can|could|would|will)\\s+(?:someone|somebody|a person|an agent|a human|your"
            + " (?:agent|manager|team|office)|the (?:leasing )?(?:office|team|agent|manager))\\b.{0,40}"
            + "\\b(?:call|phone|ring|text|email|contact|reach out to)\\s+me\\b"
            + "|\\b(?:agent|person|someone|somebody|human|manager|staff(?: member)?)\\s+(?:that\\s+|who\\s+)?(?:i|we)"
            + "\\s+(?:can|could)\\s+(?:call|phone|ring|talk to|speak (?:to|with))\\b");
    private static final Pattern CANCEL = Pattern.compile("\\bcancel\\w*\\b");
    private static final Pattern RESCHEDULE = Pattern.compile("\\breschedul\\w*\\b|\\b(?:move|change|push|switch"
            + "|shift|bump)\\s+(?:it|(?:my|the|our|this)\\s+(?:tour|appointment|visit|showing|time|booking))\\b"
            + "|\\b(?:a\\s+)?different (?:time|day|date|slot)\\b|\\b(?:another|other) (?:time|day|date|slot)\\b"
            + "|\\bcan(?:'t|not| not) make (?:it|that)\\b");
    // After a cancellation: the quick reply "Pick another time" and its paraphrases.
    private static final Pattern ANOTHER_TIME = Pattern.compile("\\b(?:pick|choose|book|find|see|get)\\s+(?:an?other|a "
            + "different|a new|new|other)\\s+(?:time|slot|tour)s?\\b|\\bother (?:tour )?times\\b");
    // The welcome to a lead from a web form offers "Pick a tour time" for the form's property.
    private static final Pattern TOUR_TIME = Pattern.compile("\\b(?:pick|choose|book|see|get|schedule)\\s+(?:a\\s+)?"
            + "(?:tour\\s+)?(?:time|slot)s?\\b|\\b(?:book|schedule) (?:a|the) tour\\b");
    private static final Pattern DOCS = Pattern.compile("\\b(?:send|email|e-mail|get|need|want|see)\\b.{0,30}\\b(?:floor"
            + " ?plans?|brochure|documents?|docs|lease|pdf|price list)\\b");
    private static final Pattern APPLY = Pattern.compile("\\b(?:i(?:'d| would)? (?:like|want|wanna) to apply|ready to"
            + " apply|apply now|start (?:an|the|my) application|sign me up)\\b");
    private static final Pattern FAVORITE = Pattern.compile("\\b(?:favou?rite|save (?:it|this|that)|shortlist"
            + "|bookmark)\\b");
    private static final Pattern YES = Pattern.compile("^\\s*(?:yes|yeah|yep|sure|ok|okay|please|sounds good|go ahead"
            + "|show me|let'?s do it)\\b");
    private static final Pattern QUESTION_START = Pattern.compile("^\\s*(?:do|does|can|could|are|is|what|whats|how"
            + "|where|when|which|any|tell me|i'?m wondering|would)\\b");
    private static final Pattern OWN_PET = Pattern.compile("\\b(?:i|we) (?:have|own|got|'ve got)\\b|\\bmy\\b|\\bour\\b");

    private static final Pattern MOVE_DATE_OPEN = Pattern.compile("\\bwhenever\\b|\\bno rush\\b|\\bno hurry\\b"
            + "|\\bflexible\\b|\\bnot sure(?: yet| when)?\\b|\\bdon'?t know(?: yet| when)?\\b|\\bno idea\\b"
            + "|\\bundecided\\b|\\b(?:no|not a) (?:set|fixed|specific|particular|firm) (?:date|time)\\b"
            + "|\\bnot (?:decided|settled)\\b|\\bany ?time\\b|\\bdepends\\b|\\bwhen (?:my|our|the) lease (?:ends|is up)\\b");

    /** House rules the property data does not hold: not an amenities question even if it names a balcony. */
    private static final Pattern HOUSE_RULES = Pattern.compile("\\bsmok\\w*|\\bvap(?:e|ing)\\b|\\bgrills?\\b"
            + "|\\bsublet\\w*|\\bsublease\\w*|\\bpaint\\b|\\bsatellite dish\\b|\\binstall (?:my|our|a|an) own\\b");
    private static final Map<Topic, Pattern> TOPICS = new LinkedHashMap<>();

    static {
        // First match wins: specific topics before the broad ones ("pet rent" is about pets, "rent" alone is rent).
        TOPICS.put(Topic.FAMILY_FRIENDLY, Pattern.compile("\\b(?:family|kid|child)[- ]friendly\\b|\\bgood for "
                + "(?:families|kids|children)\\b"));
        TOPICS.put(Topic.APPLICATION, Pattern.compile("\\bhow (?:do|can|would) (?:i|we) apply\\b|\\bapplication "
                + "(?:process|steps|requirements)\\b|\\bwhat do (?:i|we) need to (?:apply|qualify)\\b"
                + "|\\bsteps to apply\\b|\\bincome requirements?\\b|\\bcredit (?:check|score)\\b"
                + "|\\bco-?signers?\\b|\\bguarantors?\\b|\\bhow much (?:do|does|should) (?:i|we|one) (?:need to )?"
                + "(?:make|earn)\\b|\\b(?:\\d|three|two) ?(?:x|times) (?:the )?rent\\b"));
        TOPICS.put(Topic.PETS, Pattern.compile("\\bpets?\\b|\\bdogs?\\b|\\bcats?\\b|\\bbreeds?\\b|\\bweight limit\\b"
                + "|\\bpupp(?:y|ies)\\b|\\bpit ?bulls?\\b|\\b(?:lbs?|pounds?)\\b|\\bbirds?\\b|\\bparrots?\\b|\\brabbits?\\b"
                + "|\\breptiles?\\b|\\bhamsters?\\b|\\brottweilers?\\b|\\bdobermans?\\b|\\bshepherds?\\b"
                + "|\\bhusk(?:y|ies)\\b|\\bgreat danes?\\b|\\bmastiffs?\\b|\\blabradors?\\b|\\bretrievers?\\b"
                + "|\\bakitas?\\b|\\bchows?\\b|\\bboxers?\\b|\\bpoodles?\\b|\\bdoodles?\\b"
                + "|\\bparakeets?\\b|\\bbudgies?\\b|\\bcockatiels?\\b|\\bcanar(?:y|ies)\\b"));
        TOPICS.put(Topic.UTILITIES, Pattern.compile("\\butilit(?:y|ies)\\b|\\b(?:water|electric(?:ity)?|gas|power)"
                + " bills?\\b|\\b(?:internet|wi-?fi|cable|trash|water|electric\\w*|gas|sewer)\\b.{0,25}\\bincluded\\b"
                + "|\\bpay (?:for )?(?:the )?(?:water|electric\\w*|gas|internet|trash|power)\\b|\\bbills\\b"));
        TOPICS.put(Topic.SPECIALS, Pattern.compile("\\b(?:move-in )?specials?\\b|\\bconcessions?\\b"
                + "|\\bdiscounts?\\b|\\bpromo(?:tion)?s?\\b|\\b(?:first )?months? free\\b|\\bfree month\\b"
                + "|\\bdeals\\b|\\bany deals?\\b|\\bdeals? (?:going on|right now|available)\\b"));
        TOPICS.put(Topic.LEASE_TERMS, Pattern.compile("\\blease (?:terms?|lengths?|options)\\b|\\bhow long (?:is|are)"
                + " (?:the|your) leases?\\b|\\b(?:\\d{1,2}|three|six|nine|twelve|short)[- ](?:month|term) (?:lease|option)s?"
                + "\\b|\\bmonth[- ]to[- ]month\\b|\\bshort[- ]term\\b|\\bbreak (?:the|my|a) lease\\b"
                + "|\\b(?:minimum|shortest|longest|shorter|longer) lease\\b|\\blease (?:shorter|longer)\\b"
                + "|\\b(?:\\d{1,2}|three|six|nine|twelve|eighteen)[- ]months?\\b.{0,20}\\blease\\b"
                + "|\\blease (?:for|of) (?:\\d{1,2}|three|six|nine|twelve|eighteen) months\\b"));
        TOPICS.put(Topic.PARKING, Pattern.compile("(?<!dog )\\bparking\\b|\\bgarages?\\b|\\bcarports?\\b"
                + "|\\bwhere (?:do|can) (?:i|we) park\\b"));
        TOPICS.put(Topic.FEES, Pattern.compile("\\bfees?\\b|\\bdeposits?\\b|\\bmove[- ]in costs?\\b"
                + "|\\bcost to apply\\b|\\bup ?front\\b|\\b(?:besides|on top of|other than) (?:the )?rent\\b"));
        TOPICS.put(Topic.TRANSIT, Pattern.compile("\\bbus(?:es)?\\b|\\btrains?\\b|\\b(?:light )?rail\\b"
                + "|\\bmetro(?:rail)?\\b|\\bpublic (?:transit|transport\\w*)\\b|\\btransit\\b|\\bsubway\\b"
                + "|\\bpark (?:&|and) ride\\b|\\btrolley\\b|\\bwithout a car\\b"));
        TOPICS.put(Topic.SCHOOLS, Pattern.compile("\\bschools?\\b|\\bschool district\\b|\\bisd\\b"));
        TOPICS.put(Topic.NEARBY, Pattern.compile("\\bgrocer\\w*|\\bsupermarkets?\\b|\\bfood stores?\\b"
                + "|\\bh-?e-?b\\b|\\bkroger\\b|\\bwhole foods\\b|\\btrader joe'?s\\b|\\bparks?\\b|\\btrails?\\b"
                + "|\\bgreen ?spaces?\\b|\\brestaurants?\\b|\\bshopping\\b|\\bwhat(?:'s| is) (?:nearby|around)\\b"
                + "|\\b(?:anything|things) (?:nearby|close by|around)\\b"));
        TOPICS.put(Topic.OFFICE_HOURS, Pattern.compile("\\boffice hours\\b|\\bwhen (?:are you|is the office) open\\b"
                + "|\\bopening hours\\b"));
        TOPICS.put(Topic.TOURS, Pattern.compile("\\b(?:virtual|video|self[- ]guided|facetime|online|3d|live) "
                + "(?:tours?|showings?|walk-?throughs?)\\b|\\bin[- ]person tours?\\b|\\bhow (?:do|does) (?:the |a )?"
                + "tours? work\\b|\\bhow long (?:is|does) (?:a|the) tour\\b"));
        TOPICS.put(Topic.AMENITIES, Pattern.compile("\\bamenit\\w*|\\bpools?\\b|\\bgym\\b|\\bfitness\\b|\\bwasher\\b"
                + "|\\bdryer\\b|\\blaundry\\b|\\bplayground\\b|\\bbalcon\\w*|\\bpatio\\b|\\bclubhouse\\b|\\bdog park\\b"
                + "|\\belevators?\\b|\\bfeatures\\b|\\bstorage\\b|\\bdishwasher\\b|\\bfurnished\\b"
                + "|\\bair conditioning\\b|\\bcentral air\\b|\\ba/c\\b|\\bconcierge\\b|\\bdoorman\\b|\\bfront desk\\b"));
        TOPICS.put(Topic.UNIT_SIZES, Pattern.compile("\\bsquare (?:feet|foot|footage)\\b|\\bsq\\.? ?f(?:ee)?t\\b"
                + "|\\bsqft\\b|\\bhow (?:big|large|spacious)\\b|\\bbath(?:room)?s?\\b|\\bsizes?\\b|\\blayouts?\\b"));
        TOPICS.put(Topic.RENT, Pattern.compile("\\brent\\b|\\bprices?\\b|\\bpricing\\b|\\bhow much\\b"
                + "|\\bmonthly (?:cost|payment)\\b|\\bcosts? (?:per|a|each) month\\b|\\bafford\\w*"
                + "|\\bcheapest\\b|\\bleast expensive\\b|\\blowest (?:rent|price)\\b"));
        TOPICS.put(Topic.LOCATION, Pattern.compile("\\bwhat(?:'s| is) the address\\b|\\baddress of\\b|\\bwhere (?:is|are)"
                + " (?:it|you|they|(?:the|your) (?:propert(?:y|ies)|buildings?|communit(?:y|ies)|complex|apartments?"
                + "|homes?|office))\\b"
                + "|\\b(?:is|are) (?:it|you|they) located\\b|\\bwhat street\\b|\\bdirections\\b"));
        TOPICS.put(Topic.NEIGHBORHOOD, Pattern.compile("\\bneighbou?rhood\\b|\\barea like\\b|\\bsafe\\b|\\bcrime\\b"
                + "|\\bcommute\\b|\\bnearby\\b|\\bclose to\\b|\\bhow far\\b|\\bwalkab\\w*|\\bquiet\\b"));
    }

    private MessageReader() {
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    public static boolean wantsHuman(String text) {
        return HUMAN.matcher(lower(text)).find();
    }

    public static boolean wantsCancel(String text) {
        return CANCEL.matcher(lower(text)).find();
    }

    public static boolean wantsReschedule(String text) {
        return RESCHEDULE.matcher(lower(text)).find();
    }

    public static boolean wantsAnotherTime(String text) {
        return ANOTHER_TIME.matcher(lower(text)).find();
    }

    public static boolean wantsTourTime(String text) {
        return TOUR_TIME.matcher(lower(text)).find();
    }

    public static boolean wantsDocs(String text) {
        return DOCS.matcher(lower(text)).find();
    }

    public static boolean wantsToApply(String text) {
        return APPLY.matcher(lower(text)).find();
    }

    public static boolean wantsFavorite(String text) {
        return FAVORITE.matcher(lower(text)).find();
    }

    /** "whenever", "I'm flexible", "not sure yet": no move-in date, and not a misunderstanding either. */
    public static boolean leavesMoveDateOpen(String text) {
        return MOVE_DATE_OPEN.matcher(lower(text)).find();
    }

    public static boolean affirms(String text) {
        return YES.matcher(lower(text)).find();
    }

    public static boolean isQuestion(String text) {
        return text.contains("?") || QUESTION_START.matcher(lower(text)).find();
    }

    /** A question about pets tells us about the prospect's own pets only if they say so ("my dog", "I have a cat"). */
    public static boolean speaksOfOwnPets(String text) {
        return !isQuestion(text) || OWN_PET.matcher(lower(text)).find();
    }

    public static Optional<Topic> topic(String text) {
        if (!isQuestion(text)) {
            return Optional.empty();
        }
        String lower = lower(text);
        if (HOUSE_RULES.matcher(lower).find()) {
            return Optional.of(Topic.HOUSE_RULES);
        }
        return TOPICS.entrySet().stream()
                .filter(entry -> entry.getValue().matcher(lower).find())
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
