"""Page furniture: what a scraped page carries around an article that is not the article.

Captions, page scripts, subscription appeals, social prompts, promos, link lines,
photo credits and "Loading ..." lines are recognised here, one group of patterns
per *kind*, so that :func:`newskit.blocks.label_blocks` labels them (nothing is
dropped: they become blocks of their own) and the analyses, which read body
blocks only, never count them.

========= ===================================================== ============
kind      what it catches                                        block label
========= ===================================================== ============
caption   a photo or gallery caption ("1 of 12", "[1/2] ...",    caption
          "FILE - In this ... file photo", "... in this
          screengrab", a sentence ending in a bracketed
          picture credit)
credit    a photo credit alone ("(Photo: AP)", "AP Photo/Name",  caption
          "Getty Images", "Handout via Reuters",
          "(iStock / iStock)", "Jo Roe made the
          map for this story."), an image left as Markdown
script    page code: scripts, JSON, CSS (``window._taboola``)    script
appeal    subscription, newsletter and donation appeals          appeal
          ("Help us deliver journalism ...", or prose: see
          :func:`prose_appeal`), a newsletter's blurb in a
          sign-up form ("Our briefing, sent every Monday"), a
          tip line ("The Lamp accepts information about ...")
prompt    messenger, social and comment prompts ("Share on       prompt
          Facebook", "Follow us on ...", "Click here ...")
promo     advertising and promotion ("Advertisement",            promo
          "GET FOX BUSINESS ON THE GO BY CLICKING HERE"), career
          and course ads ("Launch your career with ..."), a
          call to open a map or graphic whose link was cut off
          ("to see our interactive map ..."), an event's ad
          ("Join the waitlist to get the lowest prices.")
plug      the outlet's own app or podcast plugged, its name      promo
          quoted ("Download Valley News for iPhone here.")
link      a line pointing to another story or an embed           read_more
          ("Read more: ...", "RELATED: ...", "Read the full
          statement via Gawker:", "See the text above."), or
          heading a list of them
          ("Related news", "More to read", "Popular now")
reference an endnote or a line of web addresses only, a         read_more
          numbered citation ("[4] https://example.org/a ;
          https://example.org/b", "3. Roe, J. et al. Valley
          Science 12, 40–45 (2021).")
loading   a widget's placeholder ("Loading weather data ...",    loading
          a template's "Lorem ipsum ..." or its unfilled fields
          "[hour]:[minute] [AMPM]" left on the page), a server's
          refusal in the page's place ("Access Denied")
notice    a copyright, reuse or licence notice written as prose, chrome
          a cookie or privacy banner (or a consent banner's
          prose: see :func:`consent_notice`), a note set off by
          its label ("You may quote up to 500 characters ...",
          "This cookie is used to ...", "Note: ...")
account   a site's account, sign-up and checkout forms ("Create   chrome
          a password ...", "Already Subscribed!", "Transaction
          ID:", "Your browser is out of date ...")
weather   a forecast widget ("Clear to partly cloudy. Low 57F.    chrome
          Winds SSE at 5 to 10 mph.") and its promo
========= ===================================================== ============

A paragraph is furniture when it *is* one of these (the patterns are anchored
at its start, or describe the whole paragraph, read without the quotation,
list and emphasis marks around it: :func:`bare_line`), never merely because it
mentions a subscription or a newsletter: a sentence quoting someone who asks
readers to "subscribe" stays body. A promo or link line glued into a body
paragraph ("... on Tuesday. CLICK HERE TO READ MORE ON FOX BUSINESS The
senator ...") is cut off at its boundaries by :func:`glued_furniture`.

Each row of :data:`KINDS` is ``(kind, label, patterns, most_words)``: the kind,
the block label it becomes, its compiled patterns and the longest paragraph it
may be.

Example
-------
>>> furniture_kind("Share on Facebook")
'prompt'
>>> furniture_kind("Officials said readers could subscribe to alerts.") is None
True
"""

from __future__ import annotations

import functools

from newskit.text import letters as re

from .text.lexicon import (AGENCY_PATTERN, APPEAL_SUPPORT_WORDS, BRACKETED_LINK_HEADINGS, CONSENT_ACTIONS,
                           CONSENT_WORDS, LINK_HEADING_PATTERN, LINK_HEADINGS, NAME_PARTICLE_PATTERN, OUTLET_PATTERN,
                           PICTURE_AGENCY_PATTERN, REPORTING_PAST, SHARE_BUTTONS, SHARE_JOINING_WORDS, SOUND_NOTES,
                           WEEKDAYS, alternation)
from .text.tokens import LETTERS
from .text.typography import QUOTE_MARK

_I = re.IGNORECASE
_SAID = r"(?:" + re.word_tree([*REPORTING_PAST, "says", "according to"]) + r")"
"""Reported speech: a reporting verb in the past tense (:data:`~newskit.text.lexicon.REPORTING_PAST`), "says"
or "according to" (written as a tree of their letters, :func:`~newskit.text.letters.word_tree`: every paragraph
is searched for it)."""

PICTURE_NOUN = r"(?i:photo(?:graph)?|picture|image|screen ?grab|screenshot|(?:frame |video )?grab|still)s?"
"""A picture's name as a caption calls it ("photo", "image", "screengrab", "grab from a video", "still"), any case."""
_PICTURE_OPENING = rf"(?!(?i:still|grab)\b(?! (?:from|of)\b)){PICTURE_NOUN}"
""":data:`PICTURE_NOUN` opening a caption ("Screengrab of ...", "Grab from a video ..."), but "still" or "grab" before
any other word ("Still, ...", "Grab a coat")."""

IMAGE_ALT = re.compile(r"^\s*!(?=\[?[\"“'‘(]?[^\W_])")
"""An image shown by its alt text after the image's "!", in its Markdown brackets ("![Firefighters at the
scene](a.jpg)") or left without them and the address by a scraper ("!Firefighters at the scene")."""
SOUND_NOTE = re.compile(rf"^\s*\(+\s*(?:{alternation(SOUND_NOTES)})\b[^\p{{Ll}}\n]*\)+\W*$")
"""A broadcast transcript's note in brackets on what was heard besides its speakers (:data:`~newskit.text.lexicon.
SOUND_NOTES`: "(SOUNDBITE OF MUSIC)", "(LAUGHTER)"), in capitals, however many brackets a scraper left around it."""
_IMAGE_CREDITED = r"\bImage[ \t]+\p{Lu}[^\n]*[.!?][\"”’)]?[ \t]+Credits?[ \t]+\p{Lu}[^.!?\n/]{0,60}/[^.!?\n]{1,60}$"
"""A picture's description behind the word "Image" and closing on its credit, a name, a slash and a source
("Image Crews at the quay on Monday. Credit Jo Roe/Valley Picture Agency"), perhaps glued after a headline."""
_CAPTION = (
    r"^\s*(?:(?:photo|image|picture|slide)\s*)?\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*(?:$|[|:–—-]|\s+(?:photos?|images?)\b)"
    r"|^\s*\[\d{1,3}\s*/\s*\d{1,3}\]",                                     # a gallery's counter: [1/2] Crews at work.
    r"^\s*\d{1,2}\s+\p{Lu}[^\n]*[^\W\d_]{2}[.!?][\"”’]?\s+(?:\p{Lu}[\w.&'’-]*|by|via|for|of|/)"
    r"(?:\s+(?:\p{Lu}[\w.&'’-]*|by|via|for|of|/)){0,5}\s*$",                  # 6 Crews at work. Jo Roe/Agency
    r"^\s*(?:Enlarge this image|Open gallery|View (?:the )?gallery|Expand image|Image caption"
    r"|(?:Image|Media) (?:copyright|source)|Media playback is (?:not supported|unsupported) on (?:this|your) device)\b",
    # Image copyright AFP Image caption A crater; a video's player note before its title
    rf"^\W*(?:(?:The|This|An?)\s+|These\s+(?:\p{{Ll}}+\s+)?)?{_PICTURE_OPENING}\s+\p{{Ll}}(?:[^.!?…\n]|[.!?…](?!\s)"
    r"|…(?=\s+\p{Ll}))*[^.!?…\"”’'\s]\s*$",
    # a picture named first, one sentence left unfinished: "Screengrab of the post (PA)", "Grab from a video shows ...",
    # "These aerial images appear to show crews at the dam… the river rose"
    r"^\s*(?i:slide ?show|(?:photo )?gallery)\s*\(\s*\d{1,3}\s+(?i:images?|photos?|pictures?|slides?)\s*\)\s*$",  # Slideshow (2 Images)
    r"\((?:[^()]{0,60}\s/\s[^()]{0,60}|[^()]{0,40}\bPhoto\s*/[^()]{1,40}|[^()]{0,60}\b(?:Getty Images|AP Photo|Shutterstock|iStock|" + AGENCY_PATTERN + r")"
    r"[^()]{0,40}|[Pp]hotograph(?:er|y)?\s*:[^()]{1,60}|(?:Credit|Photo|Image)\s*:\s*[^()]{1,60}"
    r"|Source\s*:\s*[^()]{1,60}|[^()]{0,60}\bGetty|(?:[Pp]hoto\s+)?[Cc]ourtesy(?:\s+of)?\s+[^()]{1,60})"
    r"\)\s*$",                                                            # ends in a picture credit: ... (Getty)
    r"(?<![\s.!?…\"”’])\s*\[[\p{Lu}][\w.&'’/-]*:?(?:\s+[\w.&'’/-]+){0,4}\]\s*$",  # ... [Al Jazeera], [File: Jo Roe/AFP]
    r"\s\[(?:Photo|Image|Picture)s?\s*/\s*\p{Lu}[^\[\]/\n]{0,40}\]\s*$",  # ... at dawn. [Photo/Agencies]
    r"\s\((?:[Ff]ile|FILE)(?: (?:[Pp]hoto|PHOTO|[Ii]mage))?\)\s*$",                    # ... at sea (file)
    r"[^.\s]{2}[.!?][\"”’]?\s+\((?:\p{Lu}[\w.'’-]*\s+){1,2}\p{Lu}[\w'’-]*\)\s*$",      # ... at the quay. (Jo Roe)
    r"^\W*(?:\p{Lu}[\w.'’-]*\s+){0,3}(?:correspondent|reporter|producer|anchor|host)\s+(?:\p{Lu}[\w.'’-]*\s+){1,3}"
    r"(?:reports|explains|looks at|talks|speaks|discusses)\b",                     # an audio or video clip's blurb
    r"^\W*['‘\"“][^'‘’\"“”]{3,80}['’\"”]\s*[-–—]\s*(?:\p{Lu}[\w.'’-]*\s+){1,3}(?:tells|says|speaks to|warns|explains)"
    r"\b[^.!?]*$",                                                   # a video's title: 'We stay' - Mayor tells Planet
    rf"^(?![^\n]*\b{_SAID}\b)(?=[^\n]*(?:,\s+pictured(?:\s+\p{{Ll}}+){{0,3}},|\((?:pictured|left|right|above|below|"
    r"cent(?:re|er))\b[^()\n]{0,40}\)))\p{Lu}[^\n]*[^\W_]\s*$",  # Jo Roe (pictured) left the quay on Monday
    r"^\p{Lu}[^.!?\n]*\((?:left|right|cent(?:re|er))\)[^.!?\n]*\((?:left|right|cent(?:re|er))\)[^.!?\n]*[.!?]"
    r"\s+\p{Lu}[^\n]*[^\W_]\s*$",                         # Jo Roe (left) and Al Lee (right) at the quay. Roe said
    r"^(?:\S+\s+){0,3}(?P<title>\p{Lu}[^\n]{10,150}?)\s+(?:\S+\s+){1,8}(?P=title)\s+(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$",
    # a video box: its title twice around its buttons, then its length: JUST WATCHED Crews at the dam Replay ... 01:35
    rf"^(?![^\n]*\b{_SAID}\b)\p{{Lu}}[^!?\"“”\n]{{0,200}}\b(?:is|are) (?:pictured|shown in (?:a|this) (?:photo|picture"
    r"|photo illustration))\b[^!?\"“”\n]{0,120}$",                       # Jo Roe is pictured in Rome on May 2.
    r"(?:^|[.!?][\"”’']?\s+)Pictured(?:\s*[:,]|\s+(?:is|are|here|left|right|above|below|with)\b)[^.!?\"“”\n]*"
    r"[^\W_]\s*$",                                 # ... on Monday. Pictured is the ferry at the quay (no stop)
    r"^(?:\p{Lu}[\w.'’-]*\s+){1,4}(?:at|in|on|outside|inside|near|during)\s+(?:the\s+)?\p{Lu}[\w.'’-]*"
    r"(?:,?\s+\p{Lu}[\w.'’-]*){0,5},?\s+(?:in|on)\s+(?:\p{Lu}\p{Ll}+\.?\s+(?:\d{1,2},?\s+)?)?\d{4}\.$",  # Jo Roe at X in 2018.
    IMAGE_ALT.pattern,                                    # an image's alt text left without its brackets: !A crowd.
    r"[^\W_][.!?]?\W*\b(?:Image|Photo|Picture)\s+[Cc]redits?\s*:\W*[^.!?\s][^.!?\n]{0,60}$",  # ...Image Credits: Jo
    r"[^\W_][.!?][\"”’)]?\s*Credits?\s*(?::|\.{2,}|…)\s*\p{Lu}[^.!?\n]{0,60}$",  # ... at dusk.Credit...Jo Roe for The Post
    rf"^(?![^\n]*\b{_SAID}\b)(?:[^\n]*,\s+)?[Ii]n this (?:(?:undated|handout|file|aerial|satellite|video)\s+){{0,2}}"
    r"(?:photo(?:graph)?|picture|image|screen ?grab|frame grab|still)\b",  # ..., in this screengrab. / In this image
    rf"^(?![^\n]*\b{_SAID}\b)\W*This (?:photo(?:graph)?|picture|image|footage|video|clip|still|screen ?grab),"
    r"[^.!?\n]{1,120},\s+(?:shows|captures|depicts)\b",         # This footage, shown during the webcast, shows ...
    r"[^\W\d_]{2}[.!?][\"”’)]?\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w.'’-]*){1,3}\s*/\s*\p{Lu}[\w.&'’-]*"
    r"(?:\s+\p{Lu}[\w.&'’-]*){0,3}\s*$",                        # ... on Sunday.Jo Roe / Valley Picture Agency
    rf"^(?![^\n]*\b{_SAID}\b)\p{{Lu}}[^\"“”\n]{{10,300}}?(?:\p{{Ll}}{{2}}\.[ \t]?|\)[ \t])(?:{AGENCY_PATTERN}|"
    rf"{PICTURE_AGENCY_PATTERN})\s*$",                  # ... in Elmton on Friday.AFP, ... in Elmton. AP, ... (May 2) AP
    rf"^(?![^\n]*\b{_SAID}\b)\p{{Lu}}[^.!?\"“”\n]{{10,300}}[^\W\d_]{{2}}\.[ \t]+\p{{Lu}}[\w&-]*"
    r"(?:[ \t]+(?:of|the|and|for|\p{Lu}[\w&-]*)){1,4}\s*$",            # Crews at the dam at dawn. Elm Valley Museum
    rf"^(?![^\n]*\b{_SAID}\b)\p{{Lu}}[^.!?\"“”\n]{{0,200}}\b(?:appears?|poses?|is seen|are seen)\b[^.!?\"“”\n]{{0,120}}"
    rf"\bin an? {PICTURE_NOUN}\s+(?:obtained|released|provided|supplied|distributed|handed out)\b[^.!?\"“”\n]{{0,80}}"
    r"\.$",                                   # Crews appear Monday at the quay in a photo obtained by the Planet.
    _IMAGE_CREDITED,                             # Image Crews at the quay. Credit Jo Roe/Valley Picture Agency
    r"^CLOSE[ \t]+(?=[^\n]*\p{Ll})\p{Lu}[^\n]*$",      # a video's blurb after its player's close button: CLOSE Crews
    SOUND_NOTE.pattern,                               # a broadcast transcript's note: (SOUNDBITE OF MUSIC)
)
"""A photo caption: a gallery counter, or the gallery's count of pictures opening a description whose credit runs
on after its stop, with no stop of its own ("6 Crews clear the road on Monday. Jo Roe/Agency": news copy spells out a
number opening a sentence), a gallery button, or a description ending in its
picture credit, in brackets ("... (Getty)", "... at sea (file)", a photographer's name alone after the
description's stop: "... at the quay. (Jo Roe)") or square brackets where the description runs
on to the credit with no stop ("... in the capital [Al Jazeera]"), or an audio or video clip's blurb naming its
correspondent in the present tense ("Daily Planet correspondent Jo Roe reports on the floods.") or its title, a
quotation, a dash and who says it, with no stop ("'We will stay' - Mayor tells Planet"), or one sentence saying
who is pictured or shown in a photo, with no quotation and no reported speech, or one or more with who is pictured
set off by commas or in brackets ("Jo Roe, pictured, ...", "The crew (pictured left) ...") and no closing stop nor
reported speech (an article's sentence closes: "Jo Roe (pictured) left the quay."), or one closing on an
unclosed sentence opening on "Pictured" that says what the picture shows ("... on Monday. Pictured is the ferry at
the quay", "Pictured: crews at the dam"), or a sentence placing two
people in brackets and another after it, in any words, unclosed ("Jo Roe (left) and Al Lee (right) were accused ...
A spokesman said ..."), or a video box, its title
printed twice around its buttons and closing on the video's length ("JUST WATCHED Crews at the dam Replay More
Videos ... MUST WATCH Crews at the dam 01:35"), or who and where with no verb,
then when, a year ("Jo Roe at the Town Hall in 2018.", "Jo Roe outside Elmton Court on May 2, 2026."), or a description, with no reported
speech, opening on or set off by a comma before where it is shown: "In this image made from video ...", "..., in this
screengrab" (not "the man seen in this photo"), or a description with its credit run on after its stop ("... at
dusk.Credit...Jo Roe for The Post", "... Image Credits: Jo Roe", up to 300 characters with no quotation mark
nor reported speech glued to an agency's name alone, or set off from it by a space after its stop or a date in
brackets: "... in Elmton at dawn.AFP", "... in Elmton. AP", "... (May 2) AP", or one sentence with no quotation
mark, stop inside nor reported speech closed by a stop and then its credit, two to five words of a name with no stop:
"Crews at the dam at dawn. Elm Valley Museum"), or an image's alt text that a
scraper left after the image's "!" without the Markdown brackets and address ("!Firefighters at the scene"): a finished
sentence before a source in square brackets ("... in “serious trouble.” [Valley Post.]", "... ‘Why?’” [Gazette.]",
after a stop or a closing quotation mark) is a news digest's item citing where it was reported; or a line opening on
a picture's copyright or source label ("Image copyright Elm Pictures Image caption ..."), or on a video player's note
that the page cannot play it, before the video's title ("Media playback is not supported on this device Crews ..."),
or on the picture's name in
one sentence left unfinished ("Screengrab of the mayor's post (Lamp)", "Grab from a video shows crews at the quay",
"These aerial images appear to show crews at the quay… the tide rose"):
a sentence of the article closes. A description whose credit, a name, a slash and its source, a scraper glued on to
its stop ("... on Sunday.Jo Roe / Valley Picture Agency"), and one sentence with no quotation nor reported speech
saying who appears, poses or is seen in a photo obtained, released or provided by someone ("Crews appear Monday at
the quay in a photo obtained by the Planet.": an article tells it in the past, "appeared in a photo") are captions;
so is a description behind "Image" closing on its credit, a name, a slash and a source (:data:`_IMAGE_CREDITED`),
one closing on a photo credit in square brackets after its stop ("... at the quay. [Photo/Agencies]"), and a video's
blurb after its player's close button, in capitals ("CLOSE Crews clear the road after the storm. (May 2) AP"), and
a broadcast transcript's note on the sound played (:data:`SOUND_NOTE`)."""
_CREDIT = (
    r"^\s*(?:\(\s*)?(?:Photo|Photograph|Image|Picture|Video)s?\s*(?::|by|credit:?)\s*[^.!?]{0,60}(?:\)\s*)?$",
    r"^\s*(?:\(\s*)?(?:AP Photo|Getty Images|Shutterstock|iStock)(?:\s*/\s*[\w.'’ -]{1,40})?\s*(?:\)\s*)?$",
    r"^\s*(?:\(\s*)?(?:EPA|" + AGENCY_PATTERN + r")\s*/\s*[\w.'’ -]{1,40}(?:\)\s*)?$",
    r"^\s*(?:\(\s*)?(?=\S)[\w.'’ -]{1,30}/\s*(?:(?=\S)[\w.'’ -]{1,30}\s+via\s+)?(?:Getty Images|iStock|Shutterstock|EPA"
    r"|" + AGENCY_PATTERN + r")\s*(?:\)\s*)?$",
    r"^\s*\[[\p{Lu}][\w.&'’/-]*(?:\s+[\w.&'’/-]+){0,3}\]\s*$",                      # [Al Jazeera]
    r"^\s*(?:©|Copyright)\s*\d{0,4}\s*(?:Getty Images|Shutterstock|" + AGENCY_PATTERN + r")\b",
    r"^\s*\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,3}\s+(?:created|designed|produced|made|drew|compiled|built)\s+the\s+"
    r"(?:[\w-]+\s+)?(?:graphics?|maps?|charts?|illustrations?|visuali[sz]ations?|photos?|photographs?|videos?)"
    r"\s+for\s+this\b[^.!?]{0,40}\.?\s*$",                                   # Jo Roe created the map for this story.
    r"^\s*(?=\p{Lu})[\w.'’ -]{1,50}?/?\s*\bvia\s+(?:Getty Images|" + AGENCY_PATTERN + r")\s*$",  # Handout/via Reuters
    r"^\s*!\[[^\]\n]*\]\([^)\n]*\)\s*$",                                         # an image left as Markdown: ![](a.png)
    r"^\s*[\w.'’ -]{1,30}/\s*[\w.'’ -]{1,30}\([\W_]*(?:photograph|photo|illustration|image|video)s?[\W_]*\)",  # Jo Roe/Agency (photo)
    r"^\s*(?:\(\s*)?\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){1,3}\s*/\s*(?:" + OUTLET_PATTERN + r")\s*(?:\)\s*)?$",  # Jo Roe / Valley News
    r"^\s*\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){1,3}/\p{Lu}[\w.&'’-]*(?:\s+\p{Lu}[\w.&'’-]*){0,2}\s*$",  # Jo Roe/Elm Labs
)
_SCRIPT = (
    r"^\s*(?:<\s*/?\s*(?:script|style|div|iframe|noscript)\b|<!--)",
    r"\b(?:window|document)\.[A-Za-z_$][\w$]*(?:\.[\w$]+)*\s*(?:=|\()",
    r"^\s*(?:var|let|const|function)\s+[A-Za-z_$][\w$]*\s*[=(]",
    r"^\s*(?:!?function\s*\(|\(function\s*\(|\(\s*adsbygoogle|googletag\.|_taboola\.|jQuery\(|\$\()",
    r"^\s*[{\[]\s*\"[\w@$-]+\"\s*:|(?:\"[\w@$-]+\"\s*:\s*[\[{\"\d][^\n]*){2,}",               # JSON
    r"^\s*(?:@media|@font-face|@import)\b|^[^{}\n]{1,200}\{[^{}]*:[^{}]*;",                      # CSS
)
STYLE_LINE = r"-?\p{Ll}+(?:-\p{Ll}+)*\s*:\s*[^;{}\n]+;\s*\}?\.?|(?:[.#@]?[\w-][\w.#:>()\s,-]*)?\{"
"""One line of a style sheet, where a page is read one line per paragraph (the whole sheet in one paragraph is
:data:`_SCRIPT`'s): a rule's property (``padding-top: 20px;``) or a selector opening its braces
(``.image-wrap img {``). The selector's first word is read as its first character, the rest with what follows it:
a line of words that opens no braces is not read again at each cut of its first word."""
_APPEAL = (
    r"^\W*(?:help us|support (?:us|our|independent|quality|local|(?!for\b)(?:[\w-]+ )?journalism)"
    r"|please (?:support|consider|donate|subscribe)"
    r"|subscribe\b|newsletters?\s*(?::|sign[- ]?up\b|$))",
    r"^\W*(?:choose (?:the|your) plan|subscribe (?:now|today|to|for|and)|become a (?:member|subscriber|supporter)"
    r"|already a (?:subscriber|member)|get unlimited (?:digital )?access|start (?:your|a) free trial"
    r"|sign up (?:for|to) (?:our|the|a)?\s*\w*\s*newsletters?|(?:sign up|register) (?:now|today|here|free)"
    r"|(?:get|receive) (?:the latest|our|breaking)\b.{0,40}\b(?:inbox|newsletter|email)"
    r"|(?:get|receive) the (?:\p{Lu}[\w&’'-]*\s+){1,3}newsletters?\b"       # Get the Harbour Weekly newsletter.
    r"|enter your (?:e-?mail|email address)|you have reached (?:your|the) (?:limit|maximum)"
    r"|(?:this|the) (?:article|content|story) is (?:for|available to|only available to) (?:subscribers|members)"
    r"|donate (?:now|today)|make a (?:donation|contribution)|unlock (?:this|unlimited|full)"
    r"|(?:please )?contact us (?:for|about) (?:subscription|advertising)|discover more from\b"
    r"|(?:access|log ?in|sign ?in) (?:through|via) your (?:institution|library|organi[sz]ation)"
    r"|(?:buy|purchase) or subscribe)\b",
    r"\bplease contact us (?:for|about) (?:subscription|advertising)",
    r"\b(?:enter|entering) your e-?mail(?: address)? (?:below|here|above)\b",        # a sign-up form's prompt
    r"\bdelivered (?:straight |directly |right )?to your inbox\b|\bfree,? (?:straight )?(?:in|to|into) your inbox\b",
    r"\b(?:sign up|subscribe|register) (?:here|now|today|for free)\W*$",                 # ... your guide. Sign up here.
    r"^\W*(?:got|have you got|do you have) a (?:story|news tip|tip)\b[^\n]{0,80}\b(?:e-?mail|call|contact|send)\b",
    r"^\W*we pay for (?:your )?(?:videos|photos|pictures|stories)\b",          # a tip-off appeal: Got a story? Call us
    r"^\W*(?:\p{Ll}+-\p{Ll}+)?(?:get|receive|turn on) (?:instant|breaking|push|news|e-?mail)\b[^.!?]{0,40}"
    r"\b(?:alerts|notifications)\b",                                    # an alerts sign-up, perhaps after its icon's name
    r"^\W*(?:your (?:support|contribution|donation|subscription) (?:helps|makes|keeps|allows|is|powers|funds|enables)"
    r"|(?:for )?(?:just|only) \$\d[\d.,]* (?:a|per) (?:month|week|year))",
    r"^\W*(?:get|start|try|unlock|enjoy|access)\b[^.!?\n]{0,60}?\$\d[\d.,]*\s*(?:/\s*|a |per )(?:month|week|year)\b"
    r"|^\W*cancel (?:any ?time|at any time)\W*$",              # a paywall's offer: Get full access for $1.99/month.
    r"^\W*(?:get|receive|start your day with) (?:a|the|your|our) (?:daily|weekly|monthly|morning|evening|nightly)\b"
    r"[^!?\n]{0,100}$"                                        # a newsletter's blurb: Get a daily look at the valley.
    r"|^\W*(?:thank you|thanks) for (?:subscri\w*|signing up|donating|supporting|your (?:support|donation|subscription))"
    r"|^\W*you(?:'|’)?ve (?:successfully |now )?(?:subscribed|signed up)\b"
    r"|^\W*you have (?:successfully )?(?:subscribed|signed up)\b"
    r"|^\W*if you (?:enjoyed|liked|like|value|appreciate)\b[^.!?\n]{0,40}\b(?:this|our) "
    r"(?:article|story|journalism|reporting|work|coverage)\b"
    r"|^\W*ads (?:are|will be) (?:disabled|hidden|removed|turned off)\b",
    r"^(?=[^\n]*\b(?:we|our|you|your)\b)(?=[^\n]*\b(?:newsletters?|digest|briefing|bulletin|update|edition|inbox)\b)"
    r"[^\n]*\b(?:sent|delivered)\s+(?:(?:every|each|on)\s+(?:[\w-]+\s+){0,2})?(?:" + "|".join(WEEKDAYS) +
    r"|mornings?|evenings?|days?|weekdays?|weeks?|months?)\b",                  # a newsletter's blurb in a sign-up form
    r"^(?=[^\n]*\b(?:we|our|you|your)\b)[^\n]*\b(?:daily|weekly|fortnightly|monthly)\b[^.!?\n]{0,60}"
    r"\b(?:newsletters?|inbox)\b",        # a newsletter's blurb: its rhythm and the reader's inbox or "our newsletter"
    r"^(?=[^\n]*\b(?:we|our|us)\b)[^\n]*\b(?:accepts?|welcomes?|wants?|seeks?|invites?)\s+(?:your\s+)?(?:news\s+)?"
    r"(?:tips|information|leads|documents)\s+(?:about|on|from|of)\b",      # a tip line: ... accepts information about
    r"^\W*(?:(?:story|news)\s+)?(?:tips|ideas)\b[^.!?\n]{0,30}\b(?:can|may|should) be (?:sent|e-?mailed|submitted)"
    r"\s+to\b",                                                # a tip line: Story tips can be sent to jo@example.org
    r"(?:^|[.!?]\s+)(?:e-?mail|contact|write to|message) us\b[^.!?\n]{0,40}?[\w.+-]+@[\w-]+\.\w",  # a tip line, in any
    # of its sentences: Do you have a story for us? Email us at tips@example.org or call the desk.
    r"\bsubscribe(?: now| today)?\s*[|/]\s*(?:log|sign) ?in\W*$"  # closing on its buttons: Subscribe | Log In
    r"|\bexclusively for (?:[\w’'-]+ ){0,3}(?:subscribers|members)\b"
    r"|^\W*[\w’' -]{1,40}\b(?:is|are) (?:a|one of the) (?:[\w-]+ )?benefits? of (?:a|an|your) (?:[\w’'-]+ ){0,3}"
    r"(?:subscription|membership)\W*$",               # a subscribers' perk: Commenting is a benefit of a subscription
    r"^\W*(?:yes,? )?i (?:agree|consent|would like|want) to receive\b",     # a sign-up form's consent to its mailings
    r"^\W*i (?:understand and |have read and )?(?:agree|accept)\b[^.!?\n]{0,80}\b(?:terms of (?:use|service)"
    r"|user agreement|privacy policy|terms (?:and|&) conditions)\b",      # a sign-up form's consent to the site's terms
    r"^\W*(?:get|receive)\b[^.!?\n]{0,60}\bsent (?:straight |directly |right )?to your (?:device|phone|inbox)\b",
    r"^[^\n]{0,80},\s*click here\b",               # a reader sent on: To take the rest of the quiz, click here, or ...
    # a programme's blurb sending the reader to it: ... Follow the Harvest Hour podcast to get each episode first.
    r"(?:^|[.!?]\s+)(?:follow|subscribe to)\s+(?:[\w’'-]+\s+){0,4}(?:podcast|channel|newsletter)\b",
    # a topic offer: Interested in Farming? Add Farming as an interest to stay up to date on ... Add Interest
    r"^\W*interested in [^.!?\n]{1,40}\?\s*(?:add|follow|get|sign up|subscribe)\b"
    r"|\badd [^.!?\n]{1,40} (?:as an interest|to your (?:interests|topics))\b",
    # a wire's note that its site shows part of its service: ... website contains only a portion of the news stories
    # offered to subscribers
    r"\b(?:website|site)\b[^.!?\n]{0,40}\b(?:contains?|carr(?:y|ies)|publish(?:es)?|shows?|offers?) only "
    r"(?:a (?:portion|part|selection|fraction)|part|some) of\b[^.!?\n]{0,80}\b(?:offered|available|sent) to "
    r"(?:its |our )?(?:subscribers|members)\b",
)
_SIGN_UP_FORM = (
    r"^\W*(?:newsletters?\s*sign[- ]?up|sign up (?:for|to) (?:our|the) (?:[\w-]+ )?newsletters?)\b",
    r"^\W*sign up (?:for|to)\b[^\n]*\b(?:invalid e-?mail address|you must select a newsletter"
    r"|please verify you(?:'|’)?re not a robot)\b",
)
"""A newsletter's sign-up form opening on its heading ("Newsletter Sign Up ..."), or on "Sign up for" and the
newsletter's name when the form's messages follow ("Sign up for The Elm Letter ... Invalid email address."), its
messages run on after it ("Please verify you're not a robot ... Invalid email address ... Thank you for
subscribing."): an appeal of up to 150 words (see :data:`KINDS`)."""
_PROMPT = (
    r"^\W*(?:share (?:on|via|to|this|the|it|article|story)|share$|tweet(?: this)?$|e-?mail(?: this)?$|print(?: this)?$"
    r"|copy (?:the )?link|whatsapp$|messenger$|facebook$|twitter$|linkedin$|pinterest$|reddit$|flipboard$"
    r"|follow (?:us|@|our|[\w’'-]+(?: [\w’'-]+)? on (?:twitter|x|facebook|instagram|tiktok|threads|bluesky|linkedin"
    r"|youtube))"
    r"|(?:[\w.’'-]+ ){1,4}can be reached (?:at|on|via|by)\b[^\n]{0,40}?(?:\S+@\S+\.\w|https?://|@\w)"
    r"|(?:like|check) us (?:out )?on|join (?:us|the conversation|our (?:channel|community))"
    r"|click (?:here|to)|tap (?:here|to)|(?:click )?here\W*$|comments?$|leave a (?:reply|comment)|cancel reply"
    r"|you must be(?: logged in)?$|log ?in to (?:comment|reply)|view comments|show comments|add a comment"
    r"|have a (?:news )?tip|send (?:us )?(?:a|your) (?:tip|story)|confidential tip"
    r"|(?:contact|e-?mail|write to) (?:the )?(?:newsroom|reporter|author|writer)"
    r"|(?:you can )?(?:contact|reach|e-?mail|write to)\b[^.!?\n]{0,60}\b(?:by e-?mailing|at|via)\s+\S+@\S+"
    r"|provide (?:news )?feedback|report an? (?:error|typo|correction)"
    r"|(?:write|leave|post|add|share) (?:a |your )(?:comment|reply|response|thoughts)\b[^.!?]{0,40}(?:\.{3}|…)?\s*$"
    r"|(?:please )?(?:follow|read|see) (?:our|the) comment(?:ing)? (?:guidelines|policy|rules)\b"
    r"|comments? (?:are |is )?(?:now )?(?:closed|disabled)\W*$"
    r"|you are (?:commenting|logged in|signed in) as\b"
    r"|we (?:invite|welcome|encourage) (?:your )?(?:comments|feedback|responses)\b"
    r"|your (?:opinions?|views|comments|feedback) (?:matters?|counts?|are important)\b"
    r"|(?:thank you|thanks) for (?:your|the) (?:feedback|response|answers?|submission)\b"
    r"|your (?:feedback|effort|time|input|response)\b[^.!?]{0,60}\b(?:is|are|was) (?:much |greatly |very much |really )?"
    r"appreciated\b)",
    r"^\W*(?:\d{1,2}\W+)?(?:how (?:relevant|useful|helpful|interesting) (?:is|was) this (?:ad|advert|advertisement|page"
    r"|article|story|content)\b|did you (?:encounter|experience|have|run into) any (?:technical )?(?:issues|problems)\b)"
    r"[^.!]*\?\s*$",                                             # a feedback form's question to the reader
    r"\((?:opens|will open) in (?:a )?new (?:window|tab)\)\s*$",                  # a share button's tooltip
    r"^\W*(?:scan the QR code (?:to|and) )?(?:download|get) (?:the|our) (?:\w+ ){0,3}app\b",
    # an offer of the outlet's news on a messenger: Want news from The Elm Post on WhatsApp? Click this link ...
    r"^\W*(?:want|get) (?:the )?(?:latest )?(?:news|updates|alerts|stories)\b[^?!.\n]{0,50}\bon "
    r"(?:whatsapp|telegram|signal|viber|messenger)\s*\?",
    r"^\W*add (?:us|[\w.'’-]+(?: [\w.'’-]+){0,2}) (?:on|to|as a (?:preferred )?source on) google\b|^\W*add us on\W*$"
    r"|^\W*show me more (?:content|stories|news) from [\w.'’ -]{1,40} on google\b",
    # a content warning over the story: (Warning:) This story contains details some readers may find distressing;
    # a video's warning to viewers sensitive to light: This video may contain flashes that could trigger seizures
    r"^\W*(?:(?:content |trigger )?warning\s*:\s*)?(?:this|the following) (?:story|article|report|video|piece|page"
    r"|content|episode|programme|program) (?:(?:may|might|could) )?"
    r"(?:contains?|includes?|features?|has|have|describes?)\b[^.!?\n]{0,120}"
    r"\b(?:distressing|disturbing|upsetting|graphic|offensive|seizures?|photosensitiv\w*)\b",
)
_PROMO = (
    r"^\W*(?:advertisement|advertising|sponsored(?: content| by [^.!?]{1,40})?|paid (?:content|post)|ad|promoted"
    r"|ad ?choices|ad feedback"                                         # an ad's own buttons left in its place
    r"|trending(?: now)?|most (?:read|popular|viewed)|editor'?s picks?|don'?t miss|up next|recommended(?: for you)?"
    r"|24/7 (?:coverage|news|streaming)\b[^.!?\n]{0,60}"          # a channel's strapline: 24/7 coverage of ...
    # a player's panel heading and its note on how long the recording stays up: Episode details / Available for a year
    r"|(?:episode|programme|program|show|podcast) (?:details|info(?:rmation)?)"
    r"|available (?:for (?:over |about |nearly |under |more than |less than )?(?:a|an|one|\d{1,3})"
    r" (?:years?|months?|weeks?|days?|hours?)|until (?:\w+ ){0,3}\w+))\W*$",
    r"^\W*(?:advertisement|story continue[sd] below|continue reading(?: below| the main story)?"
    r"|article continue[sd] below"
    r"|listen to this article|listen live|watch live)\b",
    # a live page's pointer to its posts, perhaps with their clock's zone: Here are the latest updates (times in GMT)
    r"^\W*(?:here are|here's|below are|follow|see) (?:the|our) latest updates(?: below)?(?:\s*\([^()\n]{1,30}\))?"
    r"[.!]?\s*$",
    r"^\W*(?:(?:launch|start|build|boost|advance|kick-?start|jump-?start) your career|we(?:'re|’re| are) hiring"
    r"|join our team|(?:apply|enrol+|enroll) (?:now|today)|(?:take|join|start) (?:our|a free|the free) (?:[\w-]+ ){0,3}"
    r"(?:course|class|masterclass|webinar|bootcamp)s?)\b",                                   # career and course ads
)
_PROMO_CAPS = (
    r"^\W*\p{Lu}[\p{Lu}'’]*(?:\s+[\p{Lu}0-9][\p{Lu}0-9'’&.,-]*){2,}\s+(?:BY\s+)?CLICKING HERE\W*$",
    r"^\W*(?:GET|DOWNLOAD|WATCH|LISTEN|SIGN UP|SUBSCRIBE)\b(?:\s+[\p{Lu}0-9][\p{Lu}0-9'’&.,:-]*){2,}\W*$",
    r"\p{Ll}Learn more(?: about\s*\p{Lu}[\w&.-]*)?\W*$",               # an ad's button glued on: ...professionalsLearn more
)
_APP_LIST = (r"^\W*(?:listen|subscribe|follow|watch)\b[^.!?:\n]{0,30}:\s*[^|\n]+(?:\|[^|\n]+){2,}$",)
"""Where to hear or follow a programme: a call, a colon, then three or more apps or feeds between bars ("Listen now
and subscribe: Tide Audio | Elm Casts | RSS Feed"), of up to 40 words (each bar counts as one)."""
_OWN_PLUG = (
    r"(?:^|[.!?]\s+)(?-i:Download) (?:the )?(?:[\w.&'’-]+ ){1,4}for (?:iphone|ipad|ios|android)\b",
    r"^\W*(?:catch up on|keep up with|hear more (?:on|about))\b[^.!?\n]{0,80}\bon our (?:[\w-]+ ){0,3}podcast\b",
)
"""The outlet's own app or programme plugged, perhaps quoting its name or a button's word: a call to download the
app for a phone ("Get updates as the story unfolds. Just "star" it in our app. Download Valley News for iPhone here.")
or to catch up on a subject on the outlet's podcast ("Catch up on the race with our reporters on our weekly podcast,
"Lap Time.""), of up to 60 words; a quotation of such a call opens on its mark."""
_TICKET_PROMO = (
    r"(?:^|[.!?]\s+)(?:join the wait ?list|(?:get|buy|book|grab|secure|register for) your (?:early[- ]bird )?"
    r"(?:tickets?|seats?|pass(?:es)?|spot)|(?:get|buy|book) tickets (?:now|today|here))\b",
)
"""An event's advertisement, of up to 60 words: a sentence telling the reader to buy a ticket or join the waiting
list ("Plan ahead for the summit. Join the waitlist to get the lowest prices.")."""
_PLUG = r"(?:check out|visit|head to|go to|(?:you can )?follow our (?:[\w-]+ )?coverage)"
"""The words sending a reader to a site ("Check out ... on x.com", "Go to x.com for more", "You can follow our
continuing coverage of this story at x.ca/news."): pattern text."""
_PLUGGED_SITE = r"(?:www\.)?[\w-]+\.(?:com|org|net|co\.uk|ca)(?:/[\w-]+)*"
"""A site's address a plug names, perhaps with a section's path ("ElmNews.com", "www.elm.org", "elm.ca/news"):
pattern text."""
_LINK = (
    r"^\W*(?:" + LINK_HEADING_PATTERN + r"|recommended|more from|watch|listen)\s*[:|–—-]",   # Watch: ..., More from - ...
    r"^\W*(?:(?:more(?: on this story)?|recommended reading|further reading|more from \w+)\s*[:|]"
    r"|more on this story\.\s*$)",                                   # More on this story: ... / More on this story.
    # More from The Elm Post:
    r"^\W*more from (?:the\s+)?(?-i:\p{Lu}[\w.&'’-]*)(?:\s+(?-i:\p{Lu}[\w.&'’-]*)){1,3}\s*:\s*$",
    # a pointer to a partner's own story: Click for more from Elm 5 News. / Read more from The Elm Post.
    r"^\W*(?:click (?:here )?for|read) more from (?:the\s+)?(?-i:\p{Lu}[\w.&'’-]*)"
    r"(?:\s+(?-i:[\p{Lu}\d][\w.&'’-]*)){0,4}\s*[.!]?\s*$",
    # a related list's item, its counter glued on (and the list's own on its first: "list of 3 items- list 1 of 3...")
    r"^[*•\s]*(?:list of \d{1,2} items?\W*)?list \d{1,2} of \d{1,2}(?!\d)",
    r"^\W*read more\W*$",
    # a link set in brackets between the paragraphs, its heading a link's or the site's own (the site's name in
    # capitals): (PHOTOS: The fair's best rides) / (Also on ELMNEWS: Rates rise again) / (From The Elm Magazine: ...)
    r"^\s*\(\s*(?:" + alternation(LINK_HEADINGS + BRACKETED_LINK_HEADINGS) + r"|(?:(?:see )?also|earlier|more) on"
    r"\s+(?-i:\p{Lu}[\w.&'’-]*)(?:\s+(?-i:\p{Lu})[\w.&'’-]*)?"
    r"|from\s+(?-i:\p{Lu}[\w.&'’-]*)(?:\s+(?-i:\p{Lu})[\w.&'’-]*){0,2})"
    r"\s*:\s*[^()\n]{3,200}\)\s*$",
    # a link to another story set in square brackets between the paragraphs, its title only: [Rail fares rise again]
    r"^\s*\[[ \t]?(?!(?:editor|note|update|correction|clarification|disclosure|disclaimer|file|this (?:story|article)"
    r"|(?:the|this) (?:account|story|article|report|timeline) below)\b)"
    r"(?-i:(?=[\p{Lu}“\"‘']))[^\[\]/\n]{20,250}\]\s*$",
    r"(?<=[\w?!.”\"’)])(?-i:Read more)\W*$",                            # a title, its button glued on: ...?Read more
    r"(?<=[^\W_])[ \t]+(?-i:Read more)\W*$",                    # a title with no stop, then its button: ... Read more
    r"^[^.!?\n]*[^\W_][!?][ \t]+(?-i:Read more)\W*$",             # a title closing on its mark: ... - Ranked! Read more
    r"(?-i:^\W*Related[ \t]+[\p{Lu}“\"‘'][^\n]*[^\n.!?:\s\"”’])\s*$",  # Related Storm hits Elmshire (no closing stop)
    r"^\W*(?:(?:related|recommended|popular|trending|featured|latest|more|most|top|further|other)(?:\s+[\w'’&-]+){0,3}"
    r"|" + LINK_HEADING_PATTERN + r"|news ?feed|up next|you may also like|don'?t miss|editor'?s picks?"
    r"|(?:other )?(?:topics|stories|articles) you (?:may|might) (?:also )?like"
    r"|(?:people|readers|others) (?:are )?also (?:reading|read|viewed)|what (?:people|readers|others) are reading"
    r"|(?:useful|further|recommended|suggested) reading|tags?|topics|keywords|filed under|posted in|tagged with"
    r"|(?:programme|program|show|podcast|series) (?:website|homepage|home page))\s*[:»›>]?"  # Programme Website
    r"\s*(?:\.{3}|…)?\s*$",
    r"^\W*(?:read|see|watch|listen to|view|check out)\b[^.!?]{0,80}\b(?:via|at|on|here|below)\b[^.!?]{0,40}:\s*$",
    r"^\W*(?:for more information|to (?:learn|find out|read) more)\b[^.!?]{0,80}\bplease (?:see|view|visit|read|go to"
    r"|refer to)\b\s*(?:(?:https?://|www\.)\S+|[^.!?,]{0,40})\s*$",             # To learn more, please visit www.x.org.
    r"^\W*for more\b[^.!?]{0,60},\s*(?:visit|see|go to)\s+(?:https?://|www\.)\S+\s*$",  # For more X, visit www.x.org/x.
    r"^\W*(?:" + LINK_HEADING_PATTERN + r")(?:\s+[\w'’&-]+)?\s*:?[ \t]*\n[^\n]*[^\n.!?:\s]\s*$",  # Related article\nTitle
    r"^\W*see (?:the )?(?:[\w-]+ ){0,2}(?:text|above|below|chart|table|map|graphic|appendix|box)\W*$",  # see above
    r"^\W*(?:read|see|watch) (?:more|the full|the rest)\b[^.!?\n]{0,80}\bhere\W*$",  # Read more about the vote here.
    # a pointer to more coverage or the whole piece, its link words lost: Elm 5 News has more coverage here. / The
    # full interview is available here. / ... Please see our current day's reporting here.
    r"^\W*(?:(?-i:\p{Lu})[\w.&'’-]*(?:\s+[\w.&'’-]+){0,5}\s+(?:has|have) more (?:coverage|details|reporting)"
    r"|the full (?:interview|text|statement|transcript|video|speech|report) is (?:available|posted))\s+here\.?\s*$",
    r"(?:^|[.!?]\s+)please see our\b[^.!?\n]{0,40}\b(?:coverage|reporting|story)\s+here\.?\s*$",
    # a reader sent to the recording, its link words lost: Watch the interview on our channel or read about it.
    r"^\W*(?:watch|listen to|read)\s+(?:the|our)\s+(?:full\s+)?(?:conversation|interview|episode|segment|video"
    r"|podcast)\b[^.!?\n]{0,100}[.!]?\s*$",
    # a plug for a site closing the paragraph: ... Check out what's new on x.com.
    rf"(?:^|[.!?]\s+){_PLUG}\b[^.!?\n]{{0,60}}\b(?:on|at)\s+{_PLUGGED_SITE}\W*$",
    # the plug with the site first, what it holds after it: Go to ElmNews.com for more news from the valley.
    rf"^\W*{_PLUG}\s+{_PLUGGED_SITE}\s+for more\b[^.!?\n]{{0,60}}[.!]?\s*$",
    # the site named by its name, its home page sent to: Visit The Valley Post's homepage for more stories.
    rf"^\W*{_PLUG}\s+(?:the\s+)?(?-i:\p{{Lu}}[\w.&'’-]*)(?:\s+(?-i:\p{{Lu}}[\w.&'’-]*)){{0,3}}\s+"
    r"(?:homepage|home page|website|site)\s+for more\b[^.!?\n]{0,60}[.!]?\s*$",
)
_LINK_RUN = (r"^\W*(?:" + alternation(h for h in LINK_HEADINGS if " " in h) + r")\s+(?-i:[\p{Lu}“\"‘'])",
             r"all\s+[\d,]{1,7}\s+news\s+articles\s*»\W*$")  # glued: ...EW.comall 371 news articles »
"""A list of links run into one line behind its heading, nothing between them ("Related stories Storm hits Elmshire
Rates rise again ..."): a link line of any length; a sentence goes on after "Related stories" in lower case. An
aggregator's cluster of headlines glued to their outlets' names, closing on the link to the whole coverage ("Dam
holdsValley PostCrews at the damElm News ... all 12 news articles »"), is one too."""
_GRAPHIC_PROMO = (
    r"^to (?:see|view|access|explore|open|download|use) (?:[\w'’-]+ ){0,6}"
    r"(?:map|maps|chart|charts|graphic|graphics|tool|tracker|timeline|dashboard|database|archive)\b",
)
"""A call to open a map, chart or tool whose link words ("Click here") the scraper cut off: the paragraph opens
in lower case on "to see ...", "to access ..." (the notes on the tool that follow in it go with it)."""
_REFERENCE = (
    r"^\s*(?:(?:\[(?:\d{1,3}|[ivxlc]{1,7})\]|\d{1,3}[.)])\s*)?(?:(?:https?://|www\.)\S+(?:\s+dot\s+\S+)*\s*[;,]?\s*)+$",
    r"^\s*\[(?:\d{1,3}|[ivxlc]{1,7})\]\s+[^\n]{0,300}?(?:https?://|www\.)",
    r"^\s*\d{1,3}\.\s+[^\n]{0,300}?(?:(?:\bet al\b|https?://)[^\n]{0,300}?|\d[–-]\d+\s*)\(\d{4}\)\W*$",
    r"^\s*(?:[*•-]\s+)?(?:\[?\]\((?:https?://|www\.)[^\s()<]*(?:<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:\s+\"[^\"\n]*\")?\)\s*)+$",
)
"""An endnote ("[12] Jane Doe, "Title", https://...") or a line of web addresses only, perhaps numbered: a
reference list, not prose; a numbered citation closing on its year in brackets, naming "et al." or an address
before it or a page range just before it ("3. Roe, J. et al. Valley Science 12, 40–45 (2021)."); or a link
whose words the scraper lost, only its address left ("[](https://...)"),
perhaps in angle brackets holding spaces after the site's own address, perhaps with its tooltip
("[](https://site.example/<https://share.example/?text=A title> "Share on Telegram")"), perhaps as a list item;
or the tail of a link whose words and opening bracket stand on the lines before ("](https://site.example/x)")."""
_LINK_CAPS = (
    r"^\W*(?:CLICK HERE TO|READ MORE|READ MORE ON|RELATED|MORE FROM|WATCH)\b[\p{Lu}0-9 '’&.,:|-]*$",
    r"^\W*(?:READ MORE|LEARN MORE|RELATED|MORE FROM|SEE ALSO) \p{Lu}\p{Ll}",  # a teaser: LEARN MORE Ferry fares rise ...
    r"^\W*\p{Lu}[\p{Ll}'’-]*(?:\s+\p{Lu}[\p{Ll}'’-]*){1,5}\s*(?:\.{3}|…)\s*$",  # a series' link: The Elm Post Explains...
)
"""Link lines in capitals, or a link to a series or a list of stories: two to six capitalised words trailing off in
an ellipsis ("The Valley Post Explains...", "More Town Picks…"); a sentence of the article closes on a stop, and a
menu's items run together ("Town NewsThe Morning ShowMore…") are a menu."""
_LOADING = (
    r"^\W*(?:loading|please wait|buffering)\b[^.!?]{0,60}(?:\.{2,}|…)?\s*$",
    r"^\W*(?:video player is loading|this video (?:is|can ?not|cannot)|your browser does not support"
    r"|play video$|now playing\W*$|current weather\W*$|javascript is (?:disabled|required)|enable javascript)",
    # a server's refusal printed in the page's place, and its error's reference: Access Denied / Reference #18.2f.1d
    r"^\W*(?:access denied|(?:403 )?forbidden|reference\s*#\s*\d{1,3}(?:\.[0-9a-f]{1,16}){2,})\W*$",
)
_PLACEHOLDER = (r"^\W*lorem ipsum dolor\b", r"^\s*\[pull ?quote\]\s*$")
"""A template's placeholder text left on the page, of any length: a widget's placeholder too, and a pull quote's
left unfilled in its square brackets ("[pullquote]")."""
_TEMPLATE = (r"(?:[\[{]{1,2}[\p{Lu}\p{Ll}]\w*[\]}]{1,2}\W{0,3}){3,}",)
"""A template's fields left unfilled, three or more in a row ("Updated [hour]:[minute] [AMPM] ...")."""

_GENERATED_NOTE = (
    r"^\W*(?:the |this |these )?(?:AI[- ]generated )?summar(?:y|ies)\s+(?:was|were|is|are|(?:has|have) been)\s+"
    r"(?:automatically\s+)?(?:generated|created|written|produced)\s+(?:by|with|using)\s+(?:[\w.'’-]+\s+){0,2}"
    r"(?:AI|artificial intelligence)\s*(?:[.!]|$)")
"""The note closing a summary a machine wrote ("Summaries were generated by Google AI.")."""

_DISCLAIMER = r"\b(?:views?|opinions?)\b[^.!?]{0,100}\b(?:do|does) not necessarily (?:reflect|represent)\b"
"""An opinion page's note that the views it holds are the author's, not the outlet's ("The views expressed are the
author's own and do not necessarily reflect the paper's stance.")."""

_PANEL = (r"(?:^|[^\W_]\W?\s+)Show\s+Hide\s+\p{Lu}",)
"""A box whose text a reader opens and closes, its buttons' words left between its heading and its text ("Q&A What
is a ferry levy? Show Hide A ferry levy is ..."): a page's explainer, of any length, not the story's text."""
_NOTICE = (
    r"\b(?:copying|reproduction|reproducing|republication|republishing|reprinting|quoting|use)\b[^!?\n]{0,80}?"
    r"\b(?:is|are)\s+(?:only\s+)?(?:allowed|permitted|prohibited|forbidden|not (?:allowed|permitted))\b",
    r"^\W*(?:licen[cs]e|registration)\b[^.!?\n\d]{0,60}\d{5,}(?:[^.!?\n\d]{1,30}\d{5,})*\W*$",  # Licence No. 20417
    r"\b(?:text|copy|transcript)s? (?:may|might) not be in (?:its|their) final form\b"  # a rush transcript's note
    r"|\btranscripts? (?:text )?(?:may|might) (?:vary|be revised|be edited|be updated)\b"  # its accuracy note
    r"|^\W*you may (?:quote|reproduce|republish|copy|use)\b|\b(?:may|must|can) not be (?:reproduced|republished|copied"
    r"|distributed|redistributed|published|broadcast|rewritten|used)\b"
    r"|\bwithout (?:the )?(?:prior |express )*written (?:permission|consent)\b"
    r"|\b(?:active |clearly visible )*hyperlink to the (?:original|source)\b",
    r"\b(?:this (?:site|website)|our (?:site|website)) uses? cookies\b|^\W*(?:this|these|the) cookies?\b[^.!?]{0,80}"
    r"\b(?:is|are) (?:used|necessary|needed|required|essential)\b|\bcookies (?:are|is) used (?:on|by|to)\b|\b(?:accept|manage|reject) (?:all )?cookies\b"
    r"|\bcookie (?:policy|preferences|settings)\b"
    r"|^\W*(?:we value |we care about |about )?your privacy(?:,? (?:and )?your choices?)?\W*$",   # a banner's heading
    r"\bprotected by reCAPTCHA\b|\buses? (?:Google )?reCAPTCHA to protect\b"
    r"|^\W*we (?:won'?t|will not|do not|don'?t|never) sell\b"
    r"|\b(?:opt out of|do not sell)\b[^.!?]{0,40}\bpersonal information\b"
    r"|\b(?:sell|sold|sale|share|shared|sharing)\b[^.!?]{0,60}\b(?:your|my) personal (?:information|data)\b"
    r"|\b(?:your|my) personal (?:information|data) (?:will|is|may) not be (?:sold|shared)\b",
    r"\b(?:web )?links? to\b[^!?\n]{0,80}?\b(?:is|are)\s+(?:only\s+)?(?:allowed|permitted)\b|\bprotected by copyright\b"
    r"|^\W*\[?e-?mail\s*(?:&#160;|\xa0|\s)*protected\]?\W*$"
    r"|^\W*(?:web)?(?:site|theme)?\s*(?:proudly\s+)?(?:designed|built|developed|hosted)\s+by\b[^.!?]{1,60}\.?$"
    r"|(?-i:^\W*[Pp]owered by\s+(?:\p{Lu}[\w.&-]*\s*){1,6}(?:from\s+\S+)?\W*$)",       # a site's system: Powered by X
    _DISCLAIMER,                                                         # an opinion page's disclaimer
    r"\b(?:is|are) solely responsible for (?:all |the |its )?(?:content|coverage)\b",  # a funding note's close
    r"\bavailable (?:without charge|free of charge) to (?:any )?(?:eligible )?(?:news )?publishers?\b"
    r"|\bfor licensing opportunities\b",                             # a syndication offer to other publishers
    r"\bour (?:newsroom|journalists|reporters|editors)\b[^.!?]{0,20}\b(?:abides? by|adheres? to|follows?|is bound by)\b"
    r"[^.!?]{0,60}\b(?:code of (?:ethics|conduct)|ethics (?:policy|guidelines)|editorial (?:standards|guidelines))\b",
    r"\ball rights reserved\b|(?:©|\bcopyright)\s?(?:19|20)\d\d\b",     # a copyright line, wherever a scraper cut it
    r"\b(?:market|fund|etf|stock|price|quote)s? data (?:is |are )?provided by\b|\bdelayed by (?:at least )?\d{1,2} "
    r"minutes\b|\bpowered and implemented by\b",                  # a market-data credit: Quotes delayed by 15 minutes
    r"\bwe (?:may|might) (?:earn|receive|get|make) (?:an? )?(?:small |affiliate )?(?:commission|compensation|fee)s?\b"
    r"[^.!?]{0,60}\b(?:buy|purchase|click|shop)\b",               # an affiliate disclosure: ... if you buy from a link
    r"\bstore and/or access information on a device\b",                # the consent framework's purposes, listed
    r"\bif you\b[^.!?]{0,30}\b(?:found|spotted|see|seen|notice|noticed) an? (?:error|inaccuracy|mistake|typo)\b"
    r"[^.!?]{0,40}\b(?:let us know|contact us|tell us|e-?mail us|write to us)\b",  # a corrections note
    r"^\W*(?:this|the) (?:live ?blog|live (?:page|coverage|updates)|page|article|story|content|video)(?: you requested)?"
    r" (?:is no longer being updated|has (?:now )?ended|has been (?:archived|removed|deleted)|(?:does not|doesn't) exist"
    r"|is (?:no longer|not) available)\b"                                # a page's status: This liveblog has ended
    r"|^\W*this (?:article|story|page|post|video) is (?:more|over) than (?:an?|\d{1,3}) (?:year|month|week|day)s? old"
    r"\W*$"                                                        # its age: This article is more than 2 years old
    r"|^\W*(?:(?:editor['’]?s['’]? note|update)\s*:\s*)?this (?:article|story|post|page|report) "
    r"(?:has been|has|was|will be) updated\b[^.!?\n]{0,160}[.!]?\W*$"
    r"|^\W*this is an? (?:developing|breaking)(?: news)? story\b[^.!?\n]{0,80}[.!]?"
    r"(?:\s+(?:please )?check back\b[^.!?\n]{0,40}[.!]?)?\W*$",  # ... Please check back for updates.
    r"\b(?:a|an earlier) version of this (?:article|story|review) appear(?:s|ed) in print\b",  # a print edition's note
    r"^\W*(?:notes?|disclaimer|disclosure)\s*:"                                      # a note set off by its label
    r"|\blicensed under (?:a |the )?creative commons\b|^\W*(?:creative commons\W*)?some rights reserved\b",
    r"^\W*(?:sorry,?\s+)?your browser (?:does not|doesn[’']?t) support\b",          # a player's fallback note
    _GENERATED_NOTE,                                                     # a generated summary's note
    r"^\W*(?:the|this) (?:audio|narrated|spoken)(?: version)?(?: of (?:this|the) (?:article|story|page))? (?:is|was"
    r"|has been) (?:automatically )?(?:generated|created|produced|narrated|read) (?:by|with|using)\b[^.!?\n]{0,30}"
    r"\b(?:AI|artificial intelligence|text-to-speech|synthetic voices?)\b",    # an audio version's note
    r"^\W*(?:registers|remembers|stores|collects|tracks|used by)\b[^!?\n]{0,120}\b(?:(?:the )?(?:user|visitor)(?:'s|’s|s)?"
    r"|web ?site|browser|cookies?|session)\b",
)
"""Copyright and reuse notices written as prose ("... may not be published, broadcast, rewritten ...", "... All
rights reserved."), a site's licence or registration number alone ("Registration Number: 204518"), a rush
transcript's note ("This text may not be in its final form ...", "Accuracy of transcripts may vary."), a market-data
credit ("Quotes delayed by at least 15 minutes. Market data provided by ..."),
cookie and privacy banners, the note under a summary a machine wrote
("Summaries were generated by AI."), the note on an audio version a machine reads ("The audio version of this
article is generated by AI-based technology. ..."), a site's ethics pledge ("Our newsroom abides by the ... Code of
Ethics"), an offer of the site's stories to other publishers ("... is available without charge to any eligible news
publisher ... For licensing opportunities ..."), a page's status ("This article is more than 2 years old") or an
editor's note, alone, that the story was or will be updated ("This story has been updated with new details.",
"Editor's note: This story has updated the mayor's title.", "UPDATE: This report was updated Friday with the count of
ballots filed as the county released it.", "This is a developing story. Check back for updates."): site furniture
(``chrome``)."""
GENERATED_NOTE = re.compile(_GENERATED_NOTE, _I)
DISCLAIMER = re.compile(_DISCLAIMER, _I)

_CORRECTION = (
    r"^\W*(?:(?:correction|clarification|update)s?\s*:\s*)?(?:(?:an?|the) (?:earlier|previous|original) version"
    r"|(?:earlier|previous) versions) of this (?:article|story|post)\b"
    r"|^\W*this (?:article|story|post) (?:was|has been) (?:amended|corrected) on\b",
    # a note on when the story was last updated: (Most recent update: 11:40 a.m. ET. ...)
    r"^\W*(?:most recent|latest|last) update\s*:\s*\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)",
    # an editor's note on a headline changed or on what was first said wrongly
    r"^\W*editor['’]?s['’]? note\s*:\s*(?:the )?(?:headline|title) (?:of|on) this (?:article|story|post) "
    r"(?:has been|was) (?:changed|updated|corrected|amended|revised)\b"
    r"|^\W*editor['’]?s['’]? note\s*:[^\n]{0,120}?\b"
    r"(?:initially|originally|previously|incorrectly|mistakenly|erroneously)"
    r" (?:said|reported|stated|gave|identified|misidentified|described)\b",
)
"""A correction note on what an earlier version (or versions) of the story got wrong ("CORRECTION: An earlier version
of this story misspelled ...", "Earlier versions of this story gave ...", "This article was amended on 2 May 2026.
..."): the editor's note, not the article, even where it says who first reported the error; a note on when the
story was last updated ("(Most recent update: 11:40 a.m. ET. ...)"); an editor's note that the headline was changed
("Editor's note: The headline on this story has been changed to ...") or on what was first said wrongly ("Editor's
note: Police initially gave the mayor's age as 52; she is 51.")."""
_MARKET_NOTE = (r"^\W*(?:all |most )?(?:stock |market )?quotes?(?: data)? (?:are |is )?(?:delayed|provided by)\b",)
"""A market widget's note on where its quotes come from ("Stock quotes delayed ..."): site furniture of any length,
as the note goes on to list every data provider and its rights."""

_ACCOUNT = (
    r"^\W*(?:create|confirm|choose|enter|reset|change) (?:a |your )?(?:new )?(?:password|e-?mail address|user ?name)\b"
    r"|^\W*(?:forgot|forget) (?:your )?password|\bif you forget (?:it|your password)\b"
    r"|\byou(?:'re|’re| are) (?:now )?logged (?:in|out)\b|^\W*(?:already (?:subscribed|a subscriber|registered|have an"
    r" account)|have an account|need an account|don'?t have an account|not a (?:subscriber|member))\b"
    r"|\bcheck your e-?mail\b|\b(?:purchase|transaction|payment|registration|subscription) (?:was|is|has been) "
    r"(?:successful|complete|confirmed)\b|\byour account has been\b|\bwill be automatically renewed\b"
    r"|\ba receipt (?:was|has been|will be) sent\b|\bno promotional rates\b|\boffer is (?:currently )?unavailable\b"
    r"|\byour browser is out of date\b|^\W*you have permission to edit\b|\bsubmitting this form\b"
    r"|\bwill be displayed next to your (?:photo|name|comments?)\b|\bwe won'?t share it with anyone\b"
    r"|\be-?mail message containing instructions\b"
    r"|\byour e-?mail address will not be (?:published|shared|displayed)\b|^\W*required fields are marked\b"
    r"|^\W*(?:(?:your |full |first |last )?name|e-?mail(?: address)?|website|comment)\s*(?:\(required\)|\*)\W*$"
    r"|^\W*(?:\p{Lu}\w*\s+){0,2}(?:control |verification )?field\W*$"
    r"|\b(?:we'll|we will) send (?:you )?(?:breaking news|news alerts|alerts|updates)\b"
    r"|^\W*please refresh (?:the|this|your) (?:page|browser)\b"
    r"|^\W*(?:notifications|alerts) can be (?:managed|changed|turned off)\b"
    r"|^\W*you (?:don(?:'|’)?t|do not) have any (?:new )?(?:notifications|alerts|messages)\W*$"
    r"|\b(?:experiencing|having) (?:any )?(?:difficult(?:y|ies)|trouble|problems?) (?:logging|signing) in\b"
    r"|^\W*(?:log|sign) out and (?:log|sign) (?:back )?in\b|^\W*request (?:a )?(?:new )?(?:login|log-in|sign-in) link\b",
    r"^\W*(?:welcome|secure transaction|transaction id|rate|begins|expires|renews|terms of use|privacy policy"
    r"|sign (?:in|up|out)|log (?:in|out)|my account|subscriber services)\W*$",
)
"""Account, registration, sign-up and checkout forms, the browser warning, and a paywall's help for readers who
cannot log in ("Log out and log back in.", "Request login link."): site furniture (``chrome``)."""

_WEATHER = (
    r"\b(?:high|low)s? (?:near |around |of )?-?\d{1,3}\s*°?\s*[FC]\b[^!?]{0,60}\bwinds? (?:light|calm|[NSEW]{1,3}\b)",
    r"^\W*(?:(?:mostly|partly) )?(?:sunny|cloudy|clear|fair|rain|showers|snow|overcast)\W*\d{1,3}\s*°\s*[FC]?\W*$",
    r"^\W*(?:get|see|check) (?:our|the latest|your local) (?:[\w-]+ ){0,3}(?:forecast|weather)\b",
)
"""A forecast widget's text ("Clear to partly cloudy. Low 57F. Winds SSE at 5 to 10 mph.") or its promo ("Get our
hourly forecast ..."): site furniture."""

CAPTION_TOGGLE = r"\b(?i:(?:hide|toggle|show) caption)(?:\s+\d{1,3}\s+of\s+\d{1,3})?\W*$"
"""A caption's toggle closing it, perhaps with the gallery's counter after it ("... Hide Caption 3 of 9")."""
_CAPTION_CUES = (
    r"\bvia\s+REUTERS\b|\bREUTERS/|\bReuters/\p{Lu}[\w.'’-]*\s+\p{Lu}",  # searched alone: wire copy names Reuters often
    r"_tickers\b|\bAP Photo\b|\bGetty Images\b"
    r"|\bFILE PHOTO\b|\bPhoto(?:graph)?\s*(?::|by\b|credit)|\(Photo\b|\bImage:|\bPicture:|\bCredit:"
    r"|\((?:\p{Lu}[\w.&'’-]*\s+){1,3}photo\s*/\s*\p{Lu}",                           # ... (Valley News photo/Jo Roe)
    r"\((?:[^\W\d_\p{Ll}][\w.'’-]*\s+){1,2}[^\W\d_\p{Ll}][\w.'’-]*\s*/\s*\p{Lu}[\w.&'’ -]{1,40}\)\W*$",  # ... (Jo Roe/AFP)
    r"^\W*(?i:illustrative|illustration|file|archive|stock)\s+(?i:photo|image|picture)\b"   # Illustrative photo. ...
    r"|^\W*(?:Infographic|Graphic|Interactive graphic)\s+(?:with|showing|of|on)\b",
    CAPTION_TOGGLE,                                                           # ... at dawn. Hide Caption 3 of 9
    r"[\w.]\s*/\s*(?:" + PICTURE_AGENCY_PATTERN + r")\W*$",                        # ... Jo Roe / Shutterstock
    r"(?<![\p{Lu}/])\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){1,3}\s*/\s*\p{Lu}{2,}\W*$",        # ... at dusk JO ROE/PA
    r"\bvia\s+(?:" + AGENCY_PATTERN + r")\s*\)",                                     # ... (Jo Roe, Pool via AP)
    r"^\s*FILE\s*[-–—]\s+(?:In this|This)\b",                  # a file-photo caption, the story told on after it
    r"^\W*Skip (?:Twitter|X|Instagram|Facebook|YouTube|TikTok|Bluesky|Threads) (?:post|content)\b",  # an embed's skip
    # a gallery's counter, its player: 1 of 9 Full Screen
    r"^\s*\d{1,3}\s+of\s+\d{1,3}\s+(?:Full ?[Ss]creen|Autoplay)\b",
    r"(?m:^)(?=[^\n]*?\b\p{Lu}{2}[\p{Lu}.'’-]*\s+\p{Lu}{2,})[^\n]*\sBy\s+(?:" + OUTLET_PATTERN  # once a line
    + r")(?:\s*\|\s*Source:[^|\n]{1,80})?\s*$",  # a graphic's labels, its credit closing them: ... NORTH By The Planet
    r"^\s*1\p{Lu}\p{Ll}[^\n]*?[.!?]\s+2\p{Lu}\p{Ll}[^\n]*?[.!?]\s+3\p{Lu}\p{Ll}",  # a graphic's key: 1Crews... 2The...
)
"""A picture agency's or a photographer's credit anywhere in a paragraph of any length (a wire's "(Valley News
photo/Jo Roe)" too), a photographer's name and source in brackets closing it ("(Jo Roe/AFP via Getty Images)",
"(Jo Roe/Unsplash)": a name of one word, as a poll's "(Reuters/Ipsos)", is none), or a paragraph opening
"Illustrative photo", "File photo", or a gallery's counter before its player's buttons ("1 of 26 Full Screen Autoplay
..."), or closing on a slash and a picture agency ("... Jo Roe / Shutterstock"), or a
bracket closing on "via" and the agency that passed a picture on ("(Jo Roe,
Pool via <agency>)"), or a wire's file-photo opening ("FILE - In this May 2, 2016, file photo, ..."), however long the
story summed up after it: a caption. "Reuters/" credits a photographer only before a name of two words
("Reuters/Jo Roe"): a one-word name ("a Reuters/Ipsos poll showed", "(Reuters/Ipsos).", "footage credited to
Reuters/Valley showed") names a poll or a feed in a sentence. A photographer's name in capitals and the agency after a
slash closing a paragraph ("... waiting to happen” JO ROE/LAMP") credit a picture too, and so does a social network's
post that a page embeds behind the link that skips it ("Skip Twitter post by @jolee ..."), and a graphic's text: its
labels in capitals run together with its notes and closing on its credit to an outlet ("... NORTH By The Planet |
Source: Elm Maps"), or its numbered key, each number glued to its note ("1Crews fled here. 2The gate ... 3...")."""

_ANY = 10**9
KINDS = tuple(
    (kind, label, tuple(re.compile(p, flags) for p in patterns), most)
    for kind, label, patterns, flags, most in (
        ("script", "script", _SCRIPT, 0, _ANY),
        ("loading", "loading", _LOADING, _I, 12),
        ("loading", "loading", _PLACEHOLDER, _I, _ANY),
        ("loading", "loading", _TEMPLATE, 0, 30),
        ("link", "read_more", _LINK, _I, 40),
        ("link", "read_more", _LINK_CAPS, 0, 40),
        ("link", "read_more", _LINK_RUN, _I, _ANY),
        ("reference", "read_more", _REFERENCE, _I, _ANY),
        ("appeal", "appeal", _APPEAL, _I, 60),
        ("appeal", "appeal", _SIGN_UP_FORM, _I, 150),
        ("notice", "chrome", _NOTICE, _I, 80),
        ("notice", "chrome", _MARKET_NOTE, _I, _ANY),
        ("notice", "chrome", _PANEL, 0, _ANY),
        ("correction", "chrome", _CORRECTION, _I, 80),
        ("account", "chrome", _ACCOUNT, _I, 40),
        ("weather", "chrome", _WEATHER, _I, 30),
        ("prompt", "prompt", _PROMPT, _I, 20),
        ("promo", "promo", _PROMO, _I, 20),
        ("promo", "promo", _PROMO_CAPS, 0, 20),
        ("promo", "promo", _GRAPHIC_PROMO, 0, 60),
        ("promo", "promo", _TICKET_PROMO, _I, 60),
        ("plug", "promo", _OWN_PLUG, _I, 60),
        ("promo", "promo", _APP_LIST, _I, 40),
        ("credit", "caption", _CREDIT, 0, 14),
        ("caption", "caption", _CAPTION, 0, 80),
        ("caption", "caption", _CAPTION_CUES, 0, _ANY),
    )
)
"""(kind, block label, patterns, most words) in the order they are tried: a paragraph takes the first kind
one of whose patterns it matches, if it has at most that many words (longer text that matches is article
text that merely mentions a subscription, a link or a picture)."""

_NEEDED = {pattern: re.needed_words(pattern) for _, _, patterns, _ in KINDS for pattern in patterns}
"""The runs of characters one of which a paragraph must hold, folded (:func:`~newskit.text.letters.needed_words`),
for each pattern of :data:`KINDS` to be searched in it: prose holds none of most patterns' words ("Photo", "cookies",
"subscribe"), and finding which runs a text holds is cheaper than a search that tries every pattern at every
character."""
_TRIED = tuple((kind, pattern, most) for kind, _, patterns, most in KINDS for pattern in patterns)
"""Every pattern of :data:`KINDS` with its kind and most words, in the order they are tried."""


def _needing() -> dict[str, list[int]]:
    """The positions in :data:`_TRIED` of the patterns needing each run ("" for those that need none).

    >>> [_TRIED[at][0] for at in _needing()["cookies"]], [_TRIED[at][0] for at in _needing()[""]][:2]
    (['notice'], ['loading', 'link'])
    """
    needing: dict[str, list[int]] = {}
    for at, (_, pattern, _) in enumerate(_TRIED):
        for run in _NEEDED[pattern]:
            needing.setdefault(run, []).append(at)
    return needing


_NEEDING = _needing()
_HELD = re.run_finder(_NEEDING)
"""The needed runs a folded text holds (:func:`~newskit.text.letters.run_finder`)."""


LABELS = ("script", "appeal", "prompt", "promo", "loading")
"""Block labels that only furniture takes (captions and link lines keep ``caption`` and ``read_more``)."""

_SPACES = re.compile(r"\s{2,}")
_CODE = re.compile(r"[;{}]|\|\||=>|\w\s*=\s*[\w\[{'\"(]|\"\s*:\s*[\[{\"\d]")
"""Punctuation of code that prose does not use: a script paragraph must hold some."""
_REPORTING = re.compile(rf"\b(?<!\bin ){_SAID}\b", _I)
"""Reported speech (:data:`_SAID`), not a participle after "in" that names a form ("in summarized form")."""
COPYRIGHT = re.compile(r"\s*(?:©|\(c\)|copyright\b)\s*(?:19|20)\d\d\b|.*\ball rights reserved\b", _I)
"""A copyright notice: "©" or "Copyright" and a year ("© 2026 Valley Media"), or "All rights reserved" (a
picture's "© Jo Roe" is none)."""
_GUARDS = {
    "script": lambda text: bool(_CODE.search(text)),
    "appeal": lambda text: not reported(text),
    "prompt": lambda text: not reported(text),
    "promo": lambda text: not reported(text),
    "notice": lambda text: not _REPORTING.search(text) or bool(COPYRIGHT.match(text)),
    "account": lambda text: not reported(text),
    "weather": lambda text: not reported(text),
}
"""Tests a paragraph must pass, besides a pattern, to be furniture of that kind: an appeal, prompt or promo that
holds quotation marks or reported speech is an article's sentence; so is a notice with reported speech (a
banner may quote a button's words), unless it opens on its copyright (:data:`COPYRIGHT`: "Copyright 2026 Elm Press.
... Wide screens are suggested.")."""

_GLUED = re.compile(
    r"(?<=[.!?\"”)])\s*"
    r"(?P<furniture>(?:CLICK HERE|READ MORE|RELATED|SIGN UP|SUBSCRIBE|GET|WATCH|DOWNLOAD|LISTEN)\b"
    r"(?:[ \t]+[\p{Lu}0-9][\p{Lu}0-9'’&.,:|-]*)+(?=\s+\p{Lu}\p{Ll}|\s*$)"
    r"|\(?(?:Read more|Related|READ MORE|RELATED|See also|Also read)\s*:[^\n]*$"
    r"|Advertisement(?=\s+\p{Lu}|\s*$))"
)
"""A promo or link glued after a sentence end inside a paragraph: an upper-case promo run ending before the
next sentence, a "Read more:"/"Related:" line running to the end of the paragraph (perhaps in brackets, "(RELATED:
...)"), or a lone "Advertisement"."""
_GLUED_IMAGE = re.compile(r"(?<=[^\W_])[ \t]+(?P<furniture>(?-i:" + _IMAGE_CREDITED[2:] + r"))")
"""A picture's description and credit glued after a line with no stop, a headline (:data:`_IMAGE_CREDITED`)."""
_CARD_WORDS = rf"(?:\p{{Lu}}[\w.'’-]*\s|\(\p{{Lu}}[\w.'’]*\)\s|(?:{NAME_PARTICLE_PATTERN})\s){{1,4}}"
_CARD_NAME = rf"{_CARD_WORDS}(?P=surname)"
_CARD_OPENS = r"(?P=given)\s|\p{Lu}\p{Ll}+ \((?P=given)\)\s"
_NAME_CARD = re.compile(
    r"\b(?:(?P<given>\p{Lu}[\w.'’-]*) )?(?P<surname>\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll})"
    rf"(?: |(?={_CARD_OPENS}))(?P<furniture>{_CARD_NAME}(?:MORE|(?=[\p{{Lu}}\d'‘“\"])[^\n]*? MORE))(?!\w)"
)
"""A site's card on a person glued after the name it links: the person's full name, ending in the surname the text has
just written, run into a list of other stories' headlines, which may open on an acronym, a number or a quotation mark,
and closed by "MORE" before a space or a mark ("Sen. Jo Lee Joanna (Jo) Ann LeeA headline; another one MORE (Wash.),
...", "Jo Lee Joanna Lee2026 race tightens MORE’s plan"); the name may hold a lower-case particle ("Bo de Roe Bo de
RoeA headline MORE") or a bracketed short form with stops ("Jo Lee Joanna (J.A.) LeeA headline MORE"), and the card may
be glued to the name when it opens on the word before the surname ("Jo LeeJo Ann LeeA headline MORE": "Al McRoe" is no
"Al Mc" before a card) or on a fuller given name with it in brackets ("Jo LeeJoanna (Jo) Ann LeeA headline MORE")."""
_SPACED_CARD = re.compile(
    rf"\b(?P<given>\p{{Lu}}[\w.'’-]*) "
    rf"(?P<surname>(?:(?i:{NAME_PARTICLE_PATTERN}) )?\p{{Lu}}[\p{{Ll}}\p{{Lu}}'’-]*\p{{Ll}}) "
    rf"(?P<furniture>(?={_CARD_OPENS})(?:{_CARD_NAME} |{_CARD_WORDS}\p{{Lu}}[\p{{Ll}}\p{{Lu}}'’-]*?\p{{Ll}})"
    r"(?=[\p{Lu}\d'‘“\"])[^\n]*? MORE)(?!\w)"
)
"""The same card opening on the given name the text has just written (or a fuller one holding it in brackets), cut
also where it is spaced from its headlines ("Jo Lee Jo Ann Lee Rivals trade barbs MORE") or glued to them after a
surname spelled otherwise ("Jo Lee Jo Ann LeighRivals ..."), the surname perhaps opening on a particle in capitals ("Jo
Van Lee Jo Van Lee Rivals ..."); after "Chief Lee" or "Sen. Lee" the card's first word cannot be told from the
text's."""
_LEADING = re.compile(r"^(?:Donate now|DONATE NOW|Advertisement|ADVERTISEMENT|Subscribe now|SUBSCRIBE NOW|Read more"
                      r"|READ MORE)(?=\s+\p{Lu}\p{Ll})")
"""A button glued to the start of a paragraph that goes on with a sentence ("Donate now About the crisis ...")."""


INTERVIEW_TURN = re.compile(r"(?:Q|Question)\s*[:.)\-–—]\s|\p{Lu}[\p{Lu}.'’ -]{1,30}:\s")
"""The label opening a turn of an interview's transcript: "Q: ...", "KELLY: ..."."""


def interview_question(text: str) -> bool:
    """Whether a paragraph is an interviewer's question: a turn's label (:data:`INTERVIEW_TURN`) and a question mark.

    Example
    -------
    >>> interview_question("KELLY: Will you run?"), interview_question("KELLY: I will run."), interview_question("Run?")
    (True, False, False)
    """
    return bool(INTERVIEW_TURN.match(text)) and "?" in text


OUTLET_VOICE = re.compile(r"\b(?:we|our|us)\b", _I)
"""An outlet speaking of itself (we, our, us, in any case), as appeals and slogans do."""
_READER = re.compile(r"\b(?:you|your|readers?|please)\b|(?:^|[.!?]\s+)(?:subscribe|donate|support|join|sign up|help)\b",
                     _I)
_SUPPORT = re.compile(r"\b(?:" + re.word_tree(APPEAL_SUPPORT_WORDS) + r")\b", _I)
_APPEAL_WORDS = 80


def reported(text: str) -> bool:
    """Whether a paragraph holds quotation marks or reported speech: then it is an article's sentence, whatever
    site words it uses.

    Example
    -------
    >>> reported("Welcome to the new normal, the governor said."), reported("Welcome to the Gazette")
    (True, False)
    """
    return bool(_REPORTING.search(text) or QUOTE_MARK.search(text))


def prose_appeal(text: str) -> bool:
    """Whether a paragraph is an outlet's appeal written as prose: it speaks as the outlet ("we", "our", "us"),
    to the reader ("you", "readers", "please", or a sentence opening with "Subscribe", "Donate" ...), about
    money or support (:data:`~newskit.text.lexicon.APPEAL_SUPPORT_WORDS`), in at most 80 words, with no
    quotation mark and no reported speech (a quoted or reported appeal is an article's sentence), and is no
    interview's question (:func:`interview_question`: "Q: Your supporters tell us ...?").

    Example
    -------
    >>> prose_appeal("Instead we rely on readers like you to keep our journalism independent.")
    True
    >>> prose_appeal("“We rely on readers like you,” the editor said of the paper's subscribers.")
    False
    >>> prose_appeal("Our team found that support for the plan fell.")
    False
    >>> prose_appeal("Q: Your supporters tell us they fund you. How much of that do you need?")
    False
    """
    return (len(text.split()) <= _APPEAL_WORDS and bool(OUTLET_VOICE.search(text)) and bool(_READER.search(text))
            and bool(_SUPPORT.search(text)) and _GUARDS["appeal"](text) and not interview_question(text))


_CONSENT = re.compile(r"\b(?:" + re.word_tree(CONSENT_WORDS, flexible_space=True) + r")\b", _I)
_CONSENT_ACTION = re.compile(r"\b(?:" + re.word_tree(CONSENT_ACTIONS, flexible_space=True) + r")\b", _I)
"""What a consent banner asks the reader to accept, and its buttons' words, as trees of their letters
(:func:`~newskit.text.letters.word_tree`): every paragraph of eighty words or fewer is searched for them."""
_COOKIE = re.compile(r"\bcookies?\b", _I)
READER_VOICE = re.compile(r"\b(?:you|your)\b", _I)
_NOTICE_WORDS = 80


def consent_notice(text: str) -> bool:
    """Whether a paragraph is a consent banner's: it names what the reader is asked to accept (cookies, consent,
    personal data: :data:`~newskit.text.lexicon.CONSENT_WORDS`) and speaks to the reader ("you", "your") either as
    the site ("we", "our", "us") or of a button (:data:`~newskit.text.lexicon.CONSENT_ACTIONS`: "by clicking",
    "by accepting", "withdraw", "below"), or speaks as the site of its cookies ("We use cookies to ..."), in at most
    80 words, with no reported speech (an article about privacy law reports it).

    Example
    -------
    >>> consent_notice("We and our partners store cookies to measure your visits.")
    True
    >>> consent_notice("You may withdraw your consent at any time by clicking Settings.")
    True
    >>> consent_notice("We use essential cookies so that the site works."), consent_notice("We gave our consent.")
    (True, False)
    >>> consent_notice("Under the new law, websites must let users refuse cookies.")
    False
    >>> consent_notice("We should ask your consent, the minister said of the cookie rules.")
    False
    """
    if len(text.split()) > _NOTICE_WORDS or not _CONSENT.search(text):
        return False
    reader = READER_VOICE.search(text) or OUTLET_VOICE.search(text) and _COOKIE.search(text)
    return (bool(reader) and bool(OUTLET_VOICE.search(text) or _CONSENT_ACTION.search(text))
            and not _REPORTING.search(text))


_SHARE_WORDS = frozenset(word for button in SHARE_BUTTONS for word in button.split())
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\]\([^)\n]*\)")
"""A web address, or a Markdown link's target ("https://elm.com/a", "www.elm.com", "](/news)")."""
_ROW_WORDS = 20
_ROW_VOCABULARY = sorted(_SHARE_WORDS | set(SHARE_JOINING_WORDS), key=len, reverse=True)
"""Words of a share row, longest first; a one-letter one ("X") is read as a word only where it stands alone."""


def _run_apart(word: str) -> list[str]:
    """A lower-case word read as share-row words a scraper ran together, longest first ("linkedinshare" ->
    "linkedin", "share"); the word alone where it is not made of them.

    >>> _run_apart("shareviaemail"), _run_apart("shares")
    (['share', 'via', 'email'], ['shares'])
    """
    parts, rest = [], word
    if word in _ROW_VOCABULARY:
        return [word]
    while rest:
        known = next((w for w in _ROW_VOCABULARY if len(w) > 1 and rest.startswith(w)), None)
        if known is None:
            return [word]
        parts.append(known)
        rest = rest[len(known):]
    return parts


def share_row(text: str) -> bool:
    """Whether a paragraph is a row of share buttons: two or more words of buttons or networks
    (:data:`~newskit.text.lexicon.SHARE_BUTTONS`: "Share", "Email", "Copy link", "Telegram"), every other word one
    joining a button to its network (:data:`~newskit.text.lexicon.SHARE_JOINING_WORDS`: "Share Article via
    Facebook"), whatever lies between them (icons' marks, the page's address, a link's target), at most 20 words;
    words a scraper ran together ("FacebookTwitterEmail", "ShareShare Article via Facebook") are read apart at
    their capitals.

    Example
    -------
    >>> share_row("Share | !Email | Copy link https://example.org/story Copied"), share_row("Facebook Twitter © 2026")
    (True, True)
    >>> share_row("FacebookTwitterEmail"), share_row("Share prices fell"), share_row("Facebook")
    (True, False, False)
    >>> share_row("ShareShare this story via EmailShare this story on X"), share_row("On this story")
    (True, False)
    """
    written = LETTERS.findall(WEB_ADDRESS.sub(" ", text))
    if len(written) > _ROW_WORDS:
        return False  # read apart, words only grow in number: a long paragraph is never read word by word
    words = [part for word in written for part in _run_apart(word.lower())]
    buttons = [word for word in words if word not in SHARE_JOINING_WORDS]
    return 2 <= len(buttons) and len(words) <= _ROW_WORDS and all(word in _SHARE_WORDS for word in buttons)


MARKDOWN_LINK = re.compile(
    r"!?\[(?P<words>[^\[\]\n]*(?:\[[^\[\]\n]*\]\([^()\s]*\)[^\[\]\n]*)*)\]"
    r"\(\s*(?P<target>[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+\"[^\"\n]*\")?\s*\)")
"""A Markdown link ``[words](target "tooltip")`` or image ``![alt](address)``, its words perhaps holding an image
(``[![logo](a.svg) Home](/)``), its target perhaps a bracketed pair (``(/wiki/Bay_(city))``)."""
def link_words(text: str) -> str:
    """``text`` with each Markdown link (:data:`MARKDOWN_LINK`) read as its words, spaced off.

    >>> link_words("By[Jane Roe](/authors/jane-roe) in Elmton")
    'By Jane Roe  in Elmton'
    """
    if "](" not in text:  # every link holds it: a line with none is not searched
        return text
    return MARKDOWN_LINK.sub(lambda link: f" {link.group('words')} ", text)


_LINK_PIECE = re.compile(r"\]\(\s*[^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"\n]*\")?\s*\)|\[")
"""What a link cut over several paragraphs leaves on a line: its opening bracket, or its closing bracket and target
(``](/world/ "World")``)."""
_BLANK_LINKS = re.compile(r"(?:\[\]\((?:[^()\n]|\([^()\n]*\))*\)\s*)+")
"""Links with no words, their targets perhaps holding spaces a scraper left unencoded (a share button's
``[](https://x.example/share?text=Rates rise)``)."""
_NO_WORD = re.compile(r"[\W_]*")
_LIST_ITEM = re.compile(r"\s*(?:[*•+-]|\d{1,3}[.)])\s+(?:\d{1,3}\s+)?")
"""A list item's mark, bullet or number, perhaps with a rank after it ("3.   3 [...]" in a most-read list)."""
_SENTENCE_END = re.compile(r"[.!?…][\"”’')]*\s*$")
FIELD = re.compile(r"(?:\p{Lu}[\w&'’-]*|\d+)(?: (?:[\p{Lu}\p{Ll}][\w&'’-]*|\d+)){0,3}:")
"""A field's name on a page ("Studio Line 1:", "Search by:"): at most four words closing with a colon."""


def markdown_only(text: str) -> str | None:
    """``"link"`` for a paragraph of links only: Markdown links (:data:`MARKDOWN_LINK`) with words, or the pieces of
    a link cut over several paragraphs (:data:`_LINK_PIECE`), with nothing else but images, list marks,
    separators and spaces (or links with no words, their targets holding spaces: :data:`_BLANK_LINKS`): a menu's
    item, a row of a site's links, another story's title, never a sentence of the
    article, whose links lie among words of its own; so is a list's item, bulleted or numbered, opening on a link
    and closing on no stop (a teaser with its section's name or its age after the link: "*  [Rates rise](/x) Europe");
    ``"credit"`` for images only (their alt text, however long, describes a picture); else None.

    Example
    -------
    >>> markdown_only("*   [World](/world/)"), markdown_only("[Home](/)[Markets](/markets) | [Opinion](/opinion)")
    ('link', 'link')
    >>> markdown_only('](https://example.org/x "X")\\n*   ['), markdown_only("*   [")
    ('link', 'link')
    >>> markdown_only("1.   [#### Rates rise](/rates)"), markdown_only("*   [](/ferry)   ### Ferry runs late 1d ago")
    ('link', 'link')
    >>> markdown_only("[](https://x.example/share?text=Rates rise on Monday)[](mailto:?subject=Rates rise)")
    'link'
    >>> markdown_only("*   [Jo Roe](/jo-roe), the harbour master, said bids would reopen.") is None
    True
    >>> markdown_only("![Image 1: a harbour at dusk](https://example.org/a.jpg?w=1)")
    'credit'
    >>> markdown_only("The council [voted on Monday](https://example.org/vote) to close the road.") is None
    True
    """
    item = _LIST_ITEM.match(text)
    if item and MARKDOWN_LINK.match(text, item.end()) and not _SENTENCE_END.search(text):
        return "link"
    if _titled_links(text) or _BLANK_LINKS.fullmatch(text.strip()):
        return "link"
    items = list(MARKDOWN_LINK.finditer(text))
    rest = _LINK_PIECE.sub("", MARKDOWN_LINK.sub("", text))
    if not _NO_WORD.fullmatch(rest):
        return None
    if any(not m.group().startswith("!") for m in items) or rest != MARKDOWN_LINK.sub("", text):
        return "link"
    return "credit" if items else None


def _titled_links(text: str) -> bool:
    """Whether ``text`` is a list of links under its title: list items on several lines, the first a field's name
    (:data:`FIELD`: "Topics:"), every other a link only.

    >>> _titled_links("*   Topics:\\n*   [Ports](/ports)\\n*   [Rail](/rail)"), _titled_links("*   Topics:\\n*   Ports")
    (True, False)
    """
    lines = [line for line in text.splitlines() if line.strip()]
    first = _LIST_ITEM.match(lines[0]) if lines else None
    return (len(lines) > 1 and first is not None and FIELD.fullmatch(lines[0][first.end():].strip()) is not None
            and all(_LIST_ITEM.match(line) and markdown_only(line) == "link" for line in lines[1:]))


_LINE_MARKS = re.compile(r"(?:\s*(?:>|[*•·▪‣●■–+-](?=\s)))*\s*")
_EMPHASIS = re.compile(r"[_*~]{1,3}")


def bare_line(text: str) -> str:
    """``text`` without the marks a line opens with before its words: quotation (``>``) and list marks, and Markdown
    emphasis (``_``, ``*``, ``~``) when the same run closes further on (so that ``_`` in ``_tickers``, a word
    character, stays), with the run closing the line. Furniture patterns are tried on it, so that a line set in
    italics or bold is read as its words.

    Example
    -------
    >>> bare_line("_This page has ended._"), bare_line("> * **Read more:** Floods"), bare_line("_tickers = 1")
    ('This page has ended.', 'Read more:** Floods', '_tickers = 1')
    >>> bare_line("Name *")
    'Name *'
    """
    text = text[_LINE_MARKS.match(text).end():]
    run = _EMPHASIS.match(text)
    if run is None or run.group()[::-1] not in text[run.end():]:
        return text
    text = text[run.end():].rstrip()
    return text[:-run.end()] if text.endswith(run.group()[::-1]) else text


_CHOICE_GAP = re.compile(r"[ \t\xa0]{2,}")
_SENTENCE_MARK = re.compile(r"[.!?:;,\"“”()]")


def choice_row(text: str) -> bool:
    """Whether a paragraph is a form's choices run onto one line: three or more phrases of two to twelve words set
    apart by runs of blanks, each opening with a capital, none holding a sentence's punctuation.

    Example
    -------
    >>> choice_row("Page was slow to load  Video never started  Sound was too loud  Other issues ")
    True
    >>> choice_row("The page was slow.  The video never started.  The sound was loud.")
    False
    """
    runs = _CHOICE_GAP.split(text.strip())
    return len(runs) >= 3 and all(run[:1].isupper() and 2 <= len(run.split()) <= 12 and not _SENTENCE_MARK.search(run)
                                  for run in runs)


@functools.lru_cache(maxsize=4096)
def furniture_kind(text: str) -> str | None:
    """The furniture kind of a whole paragraph (see :data:`KINDS`), or None when it is article text; remembered for
    the last paragraphs read (labelling reads a paragraph whole and line by line, and its lines again).

    Example
    -------
    >>> [furniture_kind(t) for t in ("(Photo: AP)", "Loading weather data ...", "window._taboola = window._taboola || [];")]
    ['credit', 'loading', 'script']
    >>> furniture_kind("“Subscribe to the channel,” she told the crowd.") is None
    True
    """
    if choice_row(text):
        return "prompt"
    markup = markdown_only(text)  # read with its list mark: an item of a list of links
    text = _SPACES.sub(" ", bare_line(text))  # one space for each run: no pattern backtracks over a long run of blanks
    words = len(text.split())
    for kind, pattern, most in (_TRIED[at] for at in _searched(text)):
        if words <= most and pattern.search(text) and _GUARDS.get(kind, bool)(text):
            return kind
    if share_row(text):
        return "prompt"
    if markup is not None:
        return markup
    return "appeal" if prose_appeal(text) else "notice" if consent_notice(text) else None


def _searched(text: str) -> list[int]:
    """The positions in :data:`_TRIED` of the patterns searched in ``text``: those needing no run, and those needing a
    run it holds once folded (:data:`_NEEDED`; :data:`~newskit.text.letters.FOLD`), in the order they are tried.

    >>> kinds = [[_TRIED[at][0] for at in _searched(text)] for text in ("<script src='a.js'>", "It rained.")]
    >>> kinds[0][:2], "script" in kinds[1]
    (['script', 'loading'], False)
    """
    return sorted({at for run in ("", *_HELD(text.translate(re.FOLD))) for at in _NEEDING.get(run, ())})


def furniture_label(text: str) -> str | None:
    """The block label a furniture paragraph takes, or None when ``text`` is article text.

    Example
    -------
    >>> furniture_label("RELATED: Storm hits the coast"), furniture_label("Follow us on Twitter")
    ('read_more', 'prompt')
    """
    kind = furniture_kind(text)
    return None if kind is None else next(label for k, label, _, _ in KINDS if k == kind)


def glued_furniture(text: str) -> list[tuple[str, int, int]]:
    """(label, start, end) of the promos and link lines glued into a paragraph after a sentence end, and of
    a button glued to its start ("Donate now ..."), offsets into ``text``.

    Example
    -------
    >>> text = "The vote is on Tuesday. CLICK HERE TO READ MORE ON FOX NEWS The senator agreed."
    >>> [(label, text[s:e]) for label, s, e in glued_furniture(text)]
    [('read_more', 'CLICK HERE TO READ MORE ON FOX NEWS')]
    >>> text = "The vote is on Tuesday. (RELATED: Elm Senator Changes His Stance [VIDEO])"
    >>> [(label, text[s:e]) for label, s, e in glued_furniture(text)]
    [('read_more', '(RELATED: Elm Senator Changes His Stance [VIDEO])')]
    >>> glued_furniture("He said: “Read more: it helps.”")
    []
    >>> glued_furniture("Donate now About the crisis: it is long.")
    [('appeal', 0, 10)]
    """
    found = []
    button = _LEADING.match(text)
    if button and furniture_label(button.group()) is not None:
        found.append((furniture_label(button.group()), 0, button.end()))
    cards = [match.span("furniture") for match in _NAME_CARD.finditer(text)]
    cards.extend(span for span in (match.span("furniture") for match in _SPACED_CARD.finditer(text))
                 if not any(start < span[1] and span[0] < end for start, end in cards))
    found.extend(("read_more", start, end) for start, end in cards)
    for match in [*_GLUED.finditer(text), *_GLUED_IMAGE.finditer(text)]:
        start, end = match.span("furniture")
        label = furniture_label(text[start:end].rstrip())
        if label is not None and text[:start].strip():
            found.append((label, start, start + len(text[start:end].rstrip())))
    return sorted(found, key=lambda item: item[1])
