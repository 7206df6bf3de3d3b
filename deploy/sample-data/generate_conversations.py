#!/usr/bin/env python3
"""Writes conversations.csv: historical leasing conversations for Lead-to-Lease's ingestion (Houston, fictional).

Deterministic (fixed seed), so the file only changes when this script does:  python3 generate_conversations.py
The file deliberately mixes what real exports look like: some threads carry a conversation id, others are only
separated by two empty rows; role synonyms and "Lead:" / "Agent:" prefixes in the text; several timestamp
spellings (ISO with Z or offset, naive, US, long month, epoch seconds) and a few unreadable ones; quoted multi-line
messages; a few emails, phones and street addresses; double-sent messages and a thread exported twice.
All names, emails, phone numbers and addresses are made up.
"""
import csv
import datetime as dt
import io
import random

random.seed(20260301)

AREAS = ["Montrose", "The Heights", "Midtown", "EaDo", "Rice Village", "Galleria", "Memorial", "Westchase",
         "Energy Corridor", "Museum District", "Washington Avenue", "Garden Oaks", "Oak Forest", "Sugar Land",
         "Katy", "Pearland", "Bellaire", "Medical Center", "Spring Branch", "River Oaks"]
PROPERTIES = {
    "Montrose": ["The Alcove on Westheimer", "Montrose Mercer Flats", "Avondale Courts"],
    "The Heights": ["Heights Bayou Lofts", "Yale Street Commons", "Studewood Terrace"],
    "Midtown": ["Midtown Commons", "Baldwin Park Residences", "Gray Street Lofts"],
    "EaDo": ["EaDo Station Flats", "Navigation Yard", "St. Emanuel Lofts"],
    "Rice Village": ["Rice Village Terrace", "Kelvin Court", "University Blvd Residences"],
    "Galleria": ["Galleria Park Residences", "Post Oak Towers", "Sage Crossing"],
    "Memorial": ["Memorial Oaks", "Bunker Hill Place", "Gessner Green"],
    "Westchase": ["Westchase Grove", "Briar Forest Villas", "Meadowglen Commons"],
    "Energy Corridor": ["Energy Corridor Pointe", "Eldridge Park", "Terry Hershey Flats"],
    "Museum District": ["Museum District Flats", "Hermann Park Place", "Binz Lofts"],
    "Washington Avenue": ["Washington Ave Yard", "Sawyer Heights Lofts", "Silver Street Flats"],
    "Garden Oaks": ["Garden Oaks Cottages", "Ella Boulevard Homes", "Shepherd Park Flats"],
    "Oak Forest": ["Oak Forest Commons", "Wakefield Village", "Judiway Gardens"],
    "Sugar Land": ["Sugar Land Crossing", "Imperial Market Flats", "First Colony Villas"],
    "Katy": ["Katy Prairie Villas", "Cinco Ranch Residences", "Mason Creek Lofts"],
    "Pearland": ["Pearland Town Center Apartments", "Shadow Creek Flats", "Silverlake Villas"],
    "Bellaire": ["Bellaire Gardens", "Evergreen Park Flats", "Chimney Rock Residences"],
    "Medical Center": ["Medical Center Towers", "Fannin Station", "Holly Hall Lofts"],
    "Spring Branch": ["Spring Branch Gardens", "Long Point Lofts", "Campbell Crossing"],
    "River Oaks": ["River Oaks Manor", "Shepherd Square", "Kirby Court"],
}
STREETS = ["Westheimer Rd", "Yale St", "Main St", "Washington Ave", "Montrose Blvd", "Richmond Ave", "Kirby Dr",
           "Shepherd Dr", "Post Oak Blvd", "Memorial Dr", "Navigation Blvd", "Studewood St", "Ella Blvd",
           "Bellaire Blvd", "Fannin St", "Gessner Rd"]
FIRST_NAMES = ["Maria", "James", "Aisha", "Daniel", "Priya", "Carlos", "Emily", "Marcus", "Sofia", "Kevin",
               "Hannah", "Luis", "Grace", "Tyler", "Mei", "Andre", "Olivia", "Jamal", "Chloe", "Diego"]
LAST_NAMES = ["Garcia", "Nguyen", "Johnson", "Patel", "Williams", "Hernandez", "Brown", "Kim", "Lopez", "Davis"]
AGENTS = ["Sam", "Rachel", "Tony", "Brianna", "Marcus", "Dana"]
PETS = [("a small dog", "dog"), ("two cats", "cat"), ("a cat", "cat"), ("a 40 lb dog", "dog"), (None, None)]
STAGES = ["qualifying", "sending_list", "selecting_favorites", "touring", "applying", "approval", "post_close",
          "renewal"]

# (lead label, agent label, prefix roles in the text instead of the role column)
ROLE_STYLES = [("Lead", "Agent", False), ("Prospect", "Leasing Agent", False), ("prospect", "leasing consultant", False),
               ("lead", "agent", False), ("Customer", "Property Manager", False), ("", "", True)]


def fmt_time(moment, style):
    """moment is a naive Houston local time (CST, UTC-6 in winter; the script keeps to Jan–Mar)."""
    utc = moment + dt.timedelta(hours=6)
    if style == "iso_z":
        return utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == "iso_offset":
        return moment.strftime("%Y-%m-%dT%H:%M:%S-06:00")
    if style == "naive":
        return moment.strftime("%Y-%m-%d %H:%M")
    if style == "us":
        return f"{moment.month}/{moment.day}/{moment.year} {moment.strftime('%I:%M %p').lstrip('0')}"
    if style == "long":
        return f"{moment.strftime('%B')} {moment.day}, {moment.year} {moment.strftime('%I:%M %p').lstrip('0')}"
    if style == "epoch":
        return str(int(utc.replace(tzinfo=dt.timezone.utc).timestamp()))
    raise ValueError(style)


TIME_STYLES = ["iso_z", "naive", "us", "long", "epoch", "iso_offset"]


def lead_journey(rng, target, who):
    area, area2 = rng.sample(AREAS, 2)
    beds = rng.choice([0, 1, 1, 2, 2, 3])
    beds_text = "a studio" if beds == 0 else f"a {beds} bedroom"
    budget = rng.choice([1150, 1300, 1450, 1600, 1800, 2100, 2400, 2800])
    move = rng.choice(["March 1st", "April 15th", "the end of May", "June 1st", "next month", "mid April"])
    pet_text, _ = rng.choice(PETS)
    props = rng.sample(PROPERTIES[area], 3)
    name = who["name"]
    agent = who["agent"]
    turns = []
    L = lambda text: turns.append(("lead", text))
    A = lambda text: turns.append(("agent", text))

    opener = rng.choice([
        f"Hi! I'm looking for {beds_text} in {area}, budget around ${budget:,} a month. Moving {move}.",
        f"Hello, saw your listing on Apartments.com. Do you have {beds_text} near {area} under ${budget}?",
        f"Hey there, my name is {name}. Need {beds_text} in {area} or {area2}, max ${budget:,}/mo, move in {move}.",
        f"Good morning. I'm relocating to Houston for work and want {beds_text} close to {area}. Budget is ${budget:,}.",
    ])
    L(opener)
    A(rng.choice([
        f"Thanks for reaching out! This is {agent} with the leasing team. When are you hoping to move in?",
        f"Hi, {agent} here, happy to help. What move-in date are you targeting, and is {area} a must?",
        f"Welcome! I'm {agent}. A couple of quick questions so I can narrow things down: move-in date and pets?",
    ]))
    L(rng.choice([f"Around {move}. {('I have ' + pet_text + '.') if pet_text else 'No pets.'}",
                  f"{move[0].upper() + move[1:]} would be ideal. {('I have ' + pet_text + '.') if pet_text else 'No pets at all.'}",
                  f"Flexible, but {move} at the latest. {('Also ' + pet_text + ', hope that is ok.') if pet_text else ''}"]).strip())
    if pet_text:
        species = "cats" if "cat" in pet_text else "dogs"
        if rng.random() < 0.5:
            L(rng.choice([f"Do you allow {species}?", f"What is your pet policy for {species}?",
                          "Are pets allowed at your communities?"]))
        A(rng.choice([
            "Yes, we're pet friendly! We allow up to two pets, dogs up to 50 lb, with a $300 pet deposit and $35 monthly pet rent.",
            f"Good news: {species} are welcome. There's a $250 refundable pet deposit and $25/month pet rent; some breed restrictions apply for dogs.",
            "Pets are welcome at most of our communities. Dogs under 60 lb and cats are fine with a one-time pet fee of $350 and $30 a month.",
        ]))
    A(rng.choice(["Got it. Do you need covered parking or a washer and dryer in unit?",
                  "Perfect. Any must-haves like in-unit laundry, a pool or a gym?",
                  "Great. Is a garage or in-unit washer/dryer important to you?"]))
    L(rng.choice(["In-unit laundry for sure, and a gym would be nice.", "Washer and dryer in the unit, please.",
                  "Pool and covered parking if possible!", "Just in-unit laundry, the rest is a bonus."]))
    if who["contact"]:
        A("What's the best email or phone number to send options to?")
        L(rng.choice([f"You can email me at {who['email']}", f"Text me at {who['phone']}",
                      f"{who['email']} works, or call {who['phone']}"]))
    if target == "qualifying":
        A(rng.choice(["Thanks! I'll check availability and follow up tomorrow.",
                      "Thank you, I'll look at what opens up around that date and get back to you."]))
        L("Sounds good, thanks!")
        return turns

    A(rng.choice([
        f"Here are three options in {area} that fit:\n1. {props[0]} - ${budget - 75:,}\n2. {props[1]} - ${budget - 20:,}\n3. {props[2]} - ${budget:,}",
        f"Here are a few listings that match what you described: {props[0]}, {props[1]} and {props[2]}, all under ${budget:,}.",
        f"I put together a list of available units for you:\n- {props[0]}\n- {props[1]}\n- {props[2]}\nAll allow {beds_text.split(' ', 1)[1] if beds else 'studios'} in your range.",
    ]))
    L(rng.choice(["Thanks! Looking through them now.", "These look great, thank you.", "Oh nice, let me take a look."]))
    if target == "sending_list":
        L(rng.choice(["Do any of them have a pool?", "Is parking included at any of these?"]))
        A(rng.choice(["Two of them do, I'll send photos.", "Parking is included at the first two."]))
        return turns

    L(rng.choice([f"I like {props[0]} and {props[1]}, can you save those to my favorites?",
                  f"{props[1]} is my top pick, {props[0]} second.",
                  f"We narrowed it down to {props[0]} and {props[2]}."]))
    A(rng.choice(["Done, both are saved to your favorites list.", "Great choices! I added them to your shortlist.",
                  "Noted, those are on your favorites now."]))
    if target == "selecting_favorites":
        L("I'll talk it over with my partner and let you know which one.")
        A("Of course, take your time. The units are available for now.")
        return turns

    day = rng.choice(["Saturday", "Sunday", "Thursday", "Friday"])
    hour = rng.choice(["10am", "11am", "1pm", "3pm", "5:30pm"])
    number = rng.randint(1100, 4800)
    street = rng.choice(STREETS)
    L(rng.choice([f"Can I schedule a tour of {props[0]} on {day}?", f"Could we book a tour {day} around {hour}?",
                  f"I'd love to see it in person, is {day} at {hour} open?"]))
    A(rng.choice([f"Your tour is confirmed for {day} at {hour}. The leasing office is at {number} {street}, Houston, TX 77006.",
                  f"Booked! {day} at {hour}, meet me at {number} {street}. Parking is in front of the office.",
                  f"You're all set for a tour {day} at {hour}. Address: {number} {street}."]))
    L(rng.choice(["Perfect, see you then!", "Great, thank you!", "Thanks, I'll be there."]))
    if target == "touring":
        A(rng.choice(["Text me if you're running late!", "See you then! Bring a photo ID please."]))
        return turns

    L(rng.choice(["Loved the unit. How do I apply?", "The tour went great, what's the application process?",
                  "We want it! How can we apply?"]))
    A(rng.choice(["Here's the application link. The application fee is $50 per adult and we need two recent pay stubs.",
                  "You can apply online, it takes about 15 minutes. We'll run a credit check and a background check.",
                  "Wonderful! The application fee is $45 and proof of income is 3x the rent."]))
    L(rng.choice(["Just submitted my application and uploaded my pay stubs.", "Application submitted!",
                  "Done, I submitted my application this morning."]))
    if target == "applying":
        A("Thanks! Processing usually takes 24 to 48 hours.")
        return turns

    A(rng.choice(["Great news, your application has been approved! Next step is to sign the lease.",
                  "Congratulations, you're approved! The lease is ready to sign online.",
                  "Your application was approved. I'll send the lease ready for e-sign today."]))
    L(rng.choice(["Yay!! Thank you so much. When can I sign the lease?", "Amazing news, thank you!",
                  "That's great! I'll sign tonight."]))
    if target == "approval":
        A("Signing online is fine, and the holding deposit will be applied to your first month.")
        return turns

    A(rng.choice(["Lease is signed, welcome home! Your keys will be ready on move-in day at the office.",
                  "All set! You can pick up your keys on move-in day between 9 and 5.",
                  "Welcome to the community! Please set up renter's insurance before move-in day."]))
    L(rng.choice(["Just moved in, the kitchen sink is leaking though. Where do I put a maintenance request?",
                  "Picked up the keys, thanks! How do I log into the resident portal?",
                  "Moved in this weekend, love it. The AC filter needs replacing."]))
    A(rng.choice(["Submit a work order in the resident portal and maintenance will come out within 24 hours.",
                  "The resident portal link is in your welcome email; maintenance requests go there too.",
                  "I created a work order for you, maintenance will stop by tomorrow morning."]))
    return turns


def renewal_journey(rng, who):
    area = rng.choice(AREAS)
    prop = rng.choice(PROPERTIES[area])
    months = rng.choice([6, 12, 15])
    increase = rng.choice([35, 50, 75, 90])
    turns = []
    A = lambda text: turns.append(("agent", text))
    L = lambda text: turns.append(("lead", text))
    A(rng.choice([f"Hi {who['name']}, your lease at {prop} expires in 60 days. We'd love to have you renew!",
                  f"Hello from {prop}! Your current lease ends soon, and your renewal offer is ready."]))
    L(rng.choice(["Thanks for the heads up. What would the new rent be?", "What are the renewal options?"]))
    A(rng.choice([f"For a {months} month renewal the rent goes up ${increase}. A 12 month term is the best rate.",
                  f"The renewal offer is ${increase} more per month on a {months} month lease."]))
    L(rng.choice(["That's a bit high. Any flexibility on the renewal rate?", "Can I renew for 12 months instead?",
                  "Ok, I'd like to renew. Do I sign online?"]))
    A(rng.choice(["I can match last year's rate if you renew for 15 months.", "Yes, the renewal is signed in the resident portal.",
                  "Let me check with the manager about the renewal rate and get back to you."]))
    L(rng.choice(["Deal, I'll renew for 15 months.", "Great, renewing now.", "Thanks, let me know."]))
    A("Thank you for renewing with us!")
    L(rng.choice(["Also, is my parking spot staying the same after the renewal?", "Will the renewal change my move-out notice date?"]))
    A(rng.choice(["Yes, your renewal keeps the same assigned spot.", "Your notice to vacate date moves with the renewal term."]))
    return turns


def build_threads():
    rng = random.Random(7)
    threads = []
    targets = []
    for stage in STAGES:
        targets += [stage] * (8 if stage != "renewal" else 7)
    rng.shuffle(targets)
    start = dt.datetime(2025, 1, 6, 9, 0)
    for i, target in enumerate(targets):
        first = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        who = {"name": first, "agent": rng.choice(AGENTS), "contact": rng.random() < 0.25,
               "email": f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@example.com",
               "phone": f"(713) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"}
        turns = renewal_journey(rng, who) if target == "renewal" else lead_journey(rng, target, who)
        moment = start + dt.timedelta(days=i, hours=rng.randint(0, 8), minutes=rng.randint(0, 59))
        time_style = TIME_STYLES[i % len(TIME_STYLES)]
        lead_label, agent_label, prefixed = ROLE_STYLES[i % len(ROLE_STYLES)]
        rows = []
        for j, (role, text) in enumerate(turns):
            moment += dt.timedelta(minutes=rng.randint(1, 240) if j % 4 else rng.randint(600, 2000))
            if moment.hour < 8 or moment.hour >= 21:  # people write during the day
                moment = (moment + dt.timedelta(hours=12)).replace(hour=rng.randint(8, 11))
            stamp = fmt_time(moment, time_style)
            if rng.random() < 0.01:
                stamp = rng.choice(["n/a", "yesterday afternoon"])
            if prefixed:
                rows.append(("", ("Lead: " if role == "lead" else f"Agent ({who['agent']}): ") + text, stamp))
            else:
                rows.append((lead_label if role == "lead" else agent_label, text, stamp))
            if i % 9 == 4 and j == 2:  # a double-sent message
                rows.append(rows[-1])
        threads.append({"id": f"HOU-{1001 + i}" if i % 2 == 0 else "", "rows": rows})
    # The same conversation exported twice (a common artefact of merged exports).
    threads.insert(17, {"id": "", "rows": list(threads[15]["rows"])} if threads[15]["id"] == ""
                   else {"id": "", "rows": list(threads[16]["rows"])})
    return threads


def main():
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Conversation ID", "Speaker", "Message", "Sent At"])
    previous_had_id = None
    for thread in build_threads():
        if previous_had_id is not None and (not thread["id"] or not previous_had_id):
            writer.writerow([])
            writer.writerow([])
        for role, text, stamp in thread["rows"]:
            writer.writerow([thread["id"], role, text, stamp])
        previous_had_id = bool(thread["id"])
    with open("conversations.csv", "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())


if __name__ == "__main__":
    main()
