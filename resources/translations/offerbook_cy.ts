<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<!-- DRAFT: this Welsh translation is a careful draft, not yet reviewed. It must be checked by a native Welsh speaker before it is used with participants; see resources/translations/README.md. -->
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../desktop/gui/shell.py" line="+33"/>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
</context>
<context>
    <name>AvailabilityGrid</name>
    <message>
        <location filename="../../desktop/gui/offers/availability_grid.py" line="+27"/>
        <source>Weekly availability</source>
        <translation>Pryd maen nhw ar gael bob wythnos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrow keys move between days and times of day; Space marks a time free or not.</source>
        <translation>Mae&apos;r bysellau saeth yn symud rhwng y dyddiau a&apos;r adegau o&apos;r dydd; mae Bylchwr yn nodi a yw amser yn rhydd neu beidio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday</source>
        <translation>Dydd Llun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Dydd Mawrth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>Dydd Mercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Dydd Iau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>Dydd Gwener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>Dydd Sadwrn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Dydd Sul</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/marketplace/register_model.py" line="+25"/>
        <location filename="../../desktop/gui/offers/availability_grid.py" line="+1"/>
        <source>Mon</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/gui/offers/availability_grid.py" line="+0"/>
        <source>Tue</source>
        <translation>Maw</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/gui/offers/availability_grid.py" line="+0"/>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/gui/offers/availability_grid.py" line="+0"/>
        <source>Thu</source>
        <translation>Iau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/gui/offers/availability_grid.py" line="+1"/>
        <source>Fri</source>
        <translation>Gwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/gui/offers/availability_grid.py" line="+0"/>
        <source>Sat</source>
        <translation>Sad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/gui/offers/availability_grid.py" line="+0"/>
        <source>Sun</source>
        <translation>Sul</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/gui/offers/availability_grid.py" line="+1"/>
        <source>morning</source>
        <translation>bore</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/gui/offers/availability_grid.py" line="+0"/>
        <source>afternoon</source>
        <translation>prynhawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/gui/offers/availability_grid.py" line="+0"/>
        <source>evening</source>
        <translation>gyda&apos;r nos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/offers/availability_grid.py" line="+1"/>
        <source>Morning</source>
        <translation>Bore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afternoon</source>
        <translation>Prynhawn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evening</source>
        <translation>Gyda&apos;r nos</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Free</source>
        <translation>Rhydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2, available</source>
        <translation>%1 %2, ar gael</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2, not available</source>
        <translation>%1 %2, ddim ar gael</translation>
    </message>
</context>
<context>
    <name>BatchWords</name>
    <message>
        <location filename="../../desktop/gui/printing/card_batch.py" line="+209"/>
        <source>A card for each current offer of the person you chose, if they have agreed to a printed card.</source>
        <translation>Cerdyn ar gyfer pob cynnig cyfredol gan yr unigolyn a ddewisoch, os ydyn nhw wedi cytuno i gerdyn wedi’i argraffu.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A card for each current offer of the %n people you chose. Anyone who has not agreed to a printed card is left out.</source>
        <translation>
            <numerusform>Cerdyn ar gyfer pob cynnig cyfredol gan y %n o bobl a ddewisoch. Mae unrhyw un sydd heb gytuno i gerdyn wedi’i argraffu yn cael ei adael allan.</numerusform>
            <numerusform>Cerdyn ar gyfer pob cynnig cyfredol gan y %n o bobl a ddewisoch. Mae unrhyw un sydd heb gytuno i gerdyn wedi’i argraffu yn cael ei adael allan.</numerusform>
            <numerusform>Cerdyn ar gyfer pob cynnig cyfredol gan y %n o bobl a ddewisoch. Mae unrhyw un sydd heb gytuno i gerdyn wedi’i argraffu yn cael ei adael allan.</numerusform>
            <numerusform>Cerdyn ar gyfer pob cynnig cyfredol gan y %n o bobl a ddewisoch. Mae unrhyw un sydd heb gytuno i gerdyn wedi’i argraffu yn cael ei adael allan.</numerusform>
            <numerusform>Cerdyn ar gyfer pob cynnig cyfredol gan y %n o bobl a ddewisoch. Mae unrhyw un sydd heb gytuno i gerdyn wedi’i argraffu yn cael ei adael allan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no cards to print.</source>
        <translation>Does dim cardiau i’w hargraffu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 card is ready.</source>
        <translation>Mae 1 cerdyn yn barod.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cards are ready.</source>
        <translation>
            <numerusform>Mae %n cerdyn yn barod.</numerusform>
            <numerusform>Mae %n cerdyn yn barod.</numerusform>
            <numerusform>Mae %n cerdyn yn barod.</numerusform>
            <numerusform>Mae %n cerdyn yn barod.</numerusform>
            <numerusform>Mae %n o gardiau yn barod.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 person is left out because they have not agreed to a printed card; record their agreement on the Consents tab to print theirs.</source>
        <translation>Mae 1 unigolyn wedi’i adael allan am nad ydyn nhw wedi cytuno i gerdyn wedi’i argraffu; cofnodwch eu cytundeb ar y tab Caniatâd i argraffu eu cerdyn nhw.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n people are left out because they have not agreed to a printed card; record their agreement on their Consents tab to print theirs.</source>
        <translation>
            <numerusform>Mae %n o bobl wedi’u gadael allan am nad ydyn nhw wedi cytuno i gerdyn wedi’i argraffu; cofnodwch eu cytundeb ar eu tab Caniatâd i argraffu eu cardiau nhw.</numerusform>
            <numerusform>Mae %n o bobl wedi’u gadael allan am nad ydyn nhw wedi cytuno i gerdyn wedi’i argraffu; cofnodwch eu cytundeb ar eu tab Caniatâd i argraffu eu cardiau nhw.</numerusform>
            <numerusform>Mae %n o bobl wedi’u gadael allan am nad ydyn nhw wedi cytuno i gerdyn wedi’i argraffu; cofnodwch eu cytundeb ar eu tab Caniatâd i argraffu eu cardiau nhw.</numerusform>
            <numerusform>Mae %n o bobl wedi’u gadael allan am nad ydyn nhw wedi cytuno i gerdyn wedi’i argraffu; cofnodwch eu cytundeb ar eu tab Caniatâd i argraffu eu cardiau nhw.</numerusform>
            <numerusform>Mae %n o bobl wedi’u gadael allan am nad ydyn nhw wedi cytuno i gerdyn wedi’i argraffu; cofnodwch eu cytundeb ar eu tab Caniatâd i argraffu eu cardiau nhw.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 person has no current offer (agreed, matched or active).</source>
        <translation>Does gan 1 unigolyn ddim cynnig cyfredol (wedi’i gytuno, wedi’i baru neu’n weithredol).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people have no current offer (agreed, matched or active).</source>
        <translation>
            <numerusform>Does gan %n o bobl ddim cynnig cyfredol (wedi’i gytuno, wedi’i baru neu’n weithredol).</numerusform>
            <numerusform>Does gan %n o bobl ddim cynnig cyfredol (wedi’i gytuno, wedi’i baru neu’n weithredol).</numerusform>
            <numerusform>Does gan %n o bobl ddim cynnig cyfredol (wedi’i gytuno, wedi’i baru neu’n weithredol).</numerusform>
            <numerusform>Does gan %n o bobl ddim cynnig cyfredol (wedi’i gytuno, wedi’i baru neu’n weithredol).</numerusform>
            <numerusform>Does gan %n o bobl ddim cynnig cyfredol (wedi’i gytuno, wedi’i baru neu’n weithredol).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 person was deleted since the list was shown.</source>
        <translation>Cafodd 1 unigolyn ei ddileu ers i’r rhestr gael ei dangos.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people were deleted since the list was shown.</source>
        <translation>
            <numerusform>Cafodd %n o bobl eu dileu ers i’r rhestr gael ei dangos.</numerusform>
            <numerusform>Cafodd %n o bobl eu dileu ers i’r rhestr gael ei dangos.</numerusform>
            <numerusform>Cafodd %n o bobl eu dileu ers i’r rhestr gael ei dangos.</numerusform>
            <numerusform>Cafodd %n o bobl eu dileu ers i’r rhestr gael ei dangos.</numerusform>
            <numerusform>Cafodd %n o bobl eu dileu ers i’r rhestr gael ei dangos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrandingGroup</name>
    <message>
        <location filename="../../desktop/gui/settings/branding.py" line="+128"/>
        <source>Cards</source>
        <translation>Cardiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the organisation&apos;s cards look</source>
        <translation>Golwg cardiau’r sefydliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These apply to every card printed from this vault, on every computer that opens it.</source>
        <translation>Mae’r rhain yn berthnasol i bob cerdyn a argraffir o’r gladdgell hon, ar bob cyfrifiadur sy’n ei hagor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour &amp;band:</source>
        <translation>&amp;Band lliw:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card colour</source>
        <translation>Lliw’r cerdyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colour as # and six hexadecimal digits. It is printed as a thin band along the top edge of the card; no text is printed on it.</source>
        <translation>Lliw fel # a chwe digid hecsadegol. Caiff ei argraffu fel band tenau ar hyd ymyl uchaf y cerdyn; does dim testun yn cael ei argraffu arno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose colo&amp;ur…</source>
        <translation>Dewis &amp;lliw…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the card colour</source>
        <translation>Dewis lliw’r cerdyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No colour</source>
        <translation>Dim lliw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No colour band on cards</source>
        <translation>Dim band lliw ar gardiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose logo…</source>
        <translation>Dewis logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the logo (PNG or JPEG)</source>
        <translation>Dewis y logo (PNG neu JPEG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove logo</source>
        <translation>Tynnu’r logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the logo from cards</source>
        <translation>Tynnu’r logo oddi ar gardiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the linker&apos;s &amp;QR code (their work phone and email) on cards</source>
        <translation>Argraffu cod &amp;QR y cysylltydd (ei ffôn a’i e-bost gwaith) ar gardiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the linker&apos;s QR code on cards</source>
        <translation>Argraffu cod QR y cysylltydd ar gardiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message about the cards</source>
        <translation>Neges am y cardiau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a coordinator can change how the organisation&apos;s cards look.</source>
        <translation>Dim ond cydlynydd all newid golwg cardiau’r sefydliad.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Card colour {colour}</source>
        <translation>Lliw’r cerdyn {colour}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No card colour</source>
        <translation>Dim lliw cerdyn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No logo</source>
        <translation>Dim logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards have no logo.</source>
        <translation>Does dim logo ar y cardiau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The logo printed in the top corner of every card.</source>
        <translation>Y logo a argraffir yng nghornel uchaf pob cerdyn.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved: cards have a colour band in {colour}.</source>
        <translation>Wedi’i gadw: mae band lliw {colour} ar y cardiau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: cards have no colour band.</source>
        <translation>Wedi’i gadw: does dim band lliw ar y cardiau.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the colour for cards</source>
        <translation>Dewis y lliw ar gyfer cardiau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the organisation&apos;s logo</source>
        <translation>Dewis logo’r sefydliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG or JPEG pictures (*.png *.jpg *.jpeg)</source>
        <translation>Lluniau PNG neu JPEG (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the logo…</source>
        <translation>Yn darllen y logo…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved: the logo is on every card now.</source>
        <translation>Wedi’i gadw: mae’r logo ar bob cerdyn nawr.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>That file could not be read as a picture. Choose the logo as a PNG or JPEG file.</source>
        <translation>Doedd dim modd darllen y ffeil honno fel llun. Dewiswch y logo fel ffeil PNG neu JPEG.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved: cards have no logo.</source>
        <translation>Wedi’i gadw: does dim logo ar y cardiau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved: cards carry the linker&apos;s QR code.</source>
        <translation>Wedi’i gadw: mae cod QR y cysylltydd ar y cardiau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: cards have no QR code.</source>
        <translation>Wedi’i gadw: does dim cod QR ar y cardiau.</translation>
    </message>
</context>
<context>
    <name>CardBatchDialog</name>
    <message>
        <location filename="../../ui/card_batch.ui" line="+5"/>
        <location line="+1"/>
        <source>Print offer cards</source>
        <translation>Argraffu cardiau cynnig</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Si&amp;ze</source>
        <translation>&amp;Maint</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Card size</source>
        <translation>Maint y cerdyn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Card language</source>
        <translation>Iaith y cerdyn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Large print</source>
        <translation>Print bras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print (&amp;bigger text)</source>
        <translation>Print &amp;bras (testun mwy)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the cards as a PDF</source>
        <translation>Cadw’r cardiau fel PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Cadw fel P&amp;DF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the cards</source>
        <translation>Argraffu’r cardiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
</context>
<context>
    <name>CardBatchJob</name>
    <message>
        <location filename="../../desktop/gui/printing/card_batch.py" line="-134"/>
        <source>Offer cards</source>
        <translation>Cardiau cynnig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the cards</source>
        <translation>Paratoi’r cardiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gathering the cards…</source>
        <translation>Casglu’r cardiau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel printing</source>
        <translation>Canslo’r argraffu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Laying out 1 card…</source>
        <translation>Gosod 1 cerdyn…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Laying out %n cards…</source>
        <translation>
            <numerusform>Gosod %n cerdyn…</numerusform>
            <numerusform>Gosod %n cerdyn…</numerusform>
            <numerusform>Gosod %n cerdyn…</numerusform>
            <numerusform>Gosod %n cerdyn…</numerusform>
            <numerusform>Gosod %n o gardiau…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The cards could not be made. Try again; if it keeps happening, tell your coordinator.</source>
        <translation>Doedd dim modd gwneud y cardiau. Rhowch gynnig arall arni; os yw’n dal i ddigwydd, dywedwch wrth eich cydlynydd.</translation>
    </message>
</context>
<context>
    <name>CardOptions</name>
    <message>
        <location filename="../../desktop/gui/printing/card_options.py" line="+23"/>
        <source>One card, A6 (postcard size)</source>
        <translation>Un cerdyn, A6 (maint cerdyn post)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four A6 cards on an A4 sheet</source>
        <translation>Pedwar cerdyn A6 ar ddalen A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten wallet-size cards on an A4 sheet</source>
        <translation>Deg cerdyn maint waled ar ddalen A4</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Each person’s own language (else English)</source>
        <translation>Iaith pob unigolyn ei hun (neu Saesneg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, draft wording</source>
        <translation>%1, geiriad drafft</translation>
    </message>
</context>
<context>
    <name>CardPreview</name>
    <message>
        <location filename="../../desktop/gui/printing/card_preview.py" line="+136"/>
        <source>Print the card</source>
        <translation>Argraffu’r cerdyn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The card went to the printer.</source>
        <translation>Aeth y cerdyn i’r argraffydd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the card as a PDF</source>
        <translation>Cadw’r cerdyn fel PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved as %1.</source>
        <translation>Wedi’i gadw fel %1.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The card could not be drawn. Try again; if it keeps happening, tell your coordinator.</source>
        <translation>Doedd dim modd llunio’r cerdyn. Rhowch gynnig arall arni; os yw’n dal i ddigwydd, dywedwch wrth eich cydlynydd.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Record their agreement on the Consents tab before printing.</source>
        <translation>Cofnodwch eu cytundeb ar y tab Caniatâd cyn argraffu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some words fit on neither side of the card and will not be printed. Shorten what they will offer, or choose a bigger size.</source>
        <translation>Dydy rhai geiriau ddim yn ffitio ar y naill ochr na’r llall i’r cerdyn, ac ni fyddan nhw’n cael eu hargraffu. Byrhewch yr hyn y byddan nhw’n ei gynnig, neu dewiswch faint mwy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card continues on the back. Print on both sides, flipping on the long edge.</source>
        <translation>Mae’r cerdyn yn parhau ar y cefn. Argraffwch ar y ddwy ochr, gan droi ar yr ymyl hir.</translation>
    </message>
    <message>
        <location filename="../../ui/card_preview.ui" line="+5"/>
        <source>Card preview</source>
        <translation>Rhagolwg o’r cerdyn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Their card</source>
        <translation>Eu cerdyn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Si&amp;ze</source>
        <translation>&amp;Maint</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Card size</source>
        <translation>Maint y cerdyn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Card language</source>
        <translation>Iaith y cerdyn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Large print</source>
        <translation>Print bras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print (&amp;bigger text)</source>
        <translation>Print &amp;bras (testun mwy)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The card as it will print</source>
        <translation>Y cerdyn fel y bydd yn cael ei argraffu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the card</source>
        <translation>Am y cerdyn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing and saving</source>
        <translation>Argraffu a chadw</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print card</source>
        <translation>Argraffu’r cerdyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print this card (Ctrl+P)</source>
        <translation>Argraffu’r cerdyn hwn (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print card…</source>
        <translation>Argraffu’r cerdyn…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save card as PDF</source>
        <translation>Cadw’r cerdyn fel PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this card as a PDF file, to print later or elsewhere</source>
        <translation>Cadw’r cerdyn hwn fel ffeil PDF, i’w argraffu wedyn neu yn rhywle arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save card as PDF…</source>
        <translation>Cadw’r cerdyn fel PDF…</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../desktop/gui/sync/conflicts.py" line="+72"/>
        <location line="+105"/>
        <source>Con&amp;flicts to review</source>
        <translation>&amp;Gwrthdaro i&apos;w hadolygu</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Two laptops changed the same detail before either had synced. The record shows the later change; the earlier one is kept here so nothing typed is lost. Choose which to keep.</source>
        <translation>Newidiodd dau liniadur yr un manylyn cyn i&apos;r naill na&apos;r llall gysoni. Mae&apos;r cofnod yn dangos y newid diweddaraf; cedwir yr un cynharaf yma fel na chollir dim a deipiwyd. Dewiswch pa un i&apos;w gadw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts to review</source>
        <translation>Gwrthdaro i&apos;w hadolygu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No conflicts to review. When two laptops change the same detail before syncing, both versions appear here for you to choose.</source>
        <translation>Dim gwrthdaro i&apos;w adolygu. Pan fydd dau liniadur yn newid yr un manylyn cyn cysoni, mae&apos;r ddwy fersiwn yn ymddangos yma i chi ddewis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts to review: none</source>
        <translation>Gwrthdaro i&apos;w hadolygu: dim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which detail</source>
        <translation>Pa fanylyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the record now</source>
        <translation>Ar y cofnod nawr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep this one</source>
        <translation>C&amp;adw hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the value on the record now</source>
        <translation>Cadw&apos;r gwerth sydd ar y cofnod nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other change</source>
        <translation>Y newid arall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Use this one instead</source>
        <translation>Defnyddio hwn yn &amp;lle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the other change instead</source>
        <translation>Defnyddio&apos;r newid arall yn lle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>Con&amp;flicts to review (%n)</source>
        <translation>
            <numerusform>&amp;Gwrthdaro i&apos;w hadolygu (%n)</numerusform>
            <numerusform>&amp;Gwrthdaro i&apos;w hadolygu (%n)</numerusform>
            <numerusform>&amp;Gwrthdaro i&apos;w hadolygu (%n)</numerusform>
            <numerusform>&amp;Gwrthdaro i&apos;w hadolygu (%n)</numerusform>
            <numerusform>&amp;Gwrthdaro i&apos;w hadolygu (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed on this laptop</source>
        <translation>Newidiwyd ar y gliniadur hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on another laptop</source>
        <translation>Newidiwyd ar liniadur arall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Done: the record now has the other change; it goes to the hub at the next sync.</source>
        <translation>Wedi&apos;i wneud: mae gan y cofnod y newid arall nawr; bydd yn mynd i&apos;r hwb y tro nesaf y byddwch yn cysoni.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: the record keeps what it had.</source>
        <translation>Wedi&apos;i wneud: mae&apos;r cofnod yn cadw&apos;r hyn oedd ganddo.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../desktop/gui/sync/join_dialog.py" line="+180"/>
        <source>Connect to a hub</source>
        <translation>Cysylltu â hwb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the coordinator, once: connect this laptop to the organisation&apos;s hub. Whoever runs the hub gives you its address and its admin token (`offerbook hub admin-token`). After that, enrol each linker&apos;s laptop from the Devices screen.</source>
        <translation>I&apos;r cydlynydd, unwaith: cysylltwch y gliniadur hwn â hwb y sefydliad. Bydd pwy bynnag sy&apos;n rhedeg yr hwb yn rhoi ei gyfeiriad a&apos;i docyn gweinyddu i chi (`offerbook hub admin-token`). Ar ôl hynny, cofrestrwch liniadur pob cysylltydd o&apos;r sgrin Dyfeisiau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;onnect</source>
        <translation>C&amp;ysylltu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hub address:</source>
        <translation>Cyfeiriad yr &amp;hwb:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hub address</source>
        <translation>Cyfeiriad yr hwb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin &amp;token:</source>
        <translation>&amp;Tocyn gweinyddu:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin token</source>
        <translation>Tocyn gweinyddu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop&apos;s &amp;name:</source>
        <translation>&amp;Enw&apos;r gliniadur hwn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Laptop name</source>
        <translation>Enw&apos;r gliniadur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator&apos;s laptop</source>
        <translation>Gliniadur y cydlynydd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the hub&apos;s address, starting with https://.</source>
        <translation>Teipiwch gyfeiriad yr hwb, gan ddechrau gyda https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the hub&apos;s admin token.</source>
        <translation>Teipiwch docyn gweinyddu&apos;r hwb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give this laptop a name.</source>
        <translation>Rhowch enw i&apos;r gliniadur hwn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This laptop is now the organisation&apos;s coordinator on its hub. Enrol the linkers&apos; laptops from Devices.</source>
        <translation>Y gliniadur hwn yw cydlynydd y sefydliad ar ei hwb nawr. Cofrestrwch liniaduron y cysylltwyr o&apos;r sgrin Dyfeisiau.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../desktop/core/consent.py" line="+26"/>
        <source>Keep a record of them in Offerbook</source>
        <translation>Cadw cofnod amdanyn nhw yn Offerbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact them by phone, text, email or a visit</source>
        <translation>Cysylltu â nhw dros y ffôn, neges destun, e-bost neu ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share their offer with organisations and other people</source>
        <translation>Rhannu eu cynnig â sefydliadau a phobl eraill</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print their name and offer on a card</source>
        <translation>Argraffu eu henw a&apos;u cynnig ar gerdyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note health, disability or faith details</source>
        <translation>Nodi manylion iechyd, anabledd neu ffydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count them, without their name, in reports</source>
        <translation>Eu cyfrif, heb eu henw, mewn adroddiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take and keep photos of them</source>
        <translation>Tynnu a chadw lluniau ohonyn nhw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They said so (spoken)</source>
        <translation>Fe ddywedon nhw hynny (ar lafar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They signed a form (written)</source>
        <translation>Fe lofnodon nhw ffurflen (ysgrifenedig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They signed an easy-read form</source>
        <translation>Fe lofnodon nhw ffurflen hawdd ei darllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A carer or family member agreed for them</source>
        <translation>Cytunodd gofalwr neu aelod o&apos;r teulu ar eu rhan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spoken</source>
        <translation>Ar lafar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Ysgrifenedig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy read</source>
        <translation>Hawdd ei ddarllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By a carer</source>
        <translation>Gan ofalwr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They have not agreed to us keeping a record yet. Record their agreement on the Consents tab before starting a conversation or adding offers and requests.</source>
        <translation>Dydyn nhw ddim wedi cytuno eto i ni gadw cofnod. Cofnodwch eu cytundeb ar y tab Caniatâd cyn dechrau sgwrs neu ychwanegu cynigion a cheisiadau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They have not agreed to be contacted. Record their agreement on the Consents tab to keep a phone number, email or address.</source>
        <translation>Dydyn nhw ddim wedi cytuno i ni gysylltu â nhw. Cofnodwch eu cytundeb ar y tab Caniatâd i gadw rhif ffôn, e-bost neu gyfeiriad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They have not agreed to their offer being shared. Offers can be shaped, but not passed to organisations or other people, until they agree.</source>
        <translation>Dydyn nhw ddim wedi cytuno i rannu eu cynnig. Gellir llunio cynigion, ond nid eu rhoi i sefydliadau na phobl eraill, nes iddyn nhw gytuno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They have not agreed to a printed card with their name and offer.</source>
        <translation>Dydyn nhw ddim wedi cytuno i gerdyn wedi&apos;i argraffu gyda&apos;u henw a&apos;u cynnig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They have not agreed to us noting health, disability or faith details. Record their agreement on the Consents tab first.</source>
        <translation>Dydyn nhw ddim wedi cytuno i ni nodi manylion iechyd, anabledd neu ffydd. Cofnodwch eu cytundeb ar y tab Caniatâd yn gyntaf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They have not agreed to be counted in reports to funders.</source>
        <translation>Dydyn nhw ddim wedi cytuno i gael eu cyfrif mewn adroddiadau i gyllidwyr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They have not agreed to photos.</source>
        <translation>Dydyn nhw ddim wedi cytuno i luniau.</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../ui/consent_form.ui" line="+5"/>
        <source>Consents</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the person has agreed to, one purpose at a time. Ask in a way that suits them, and record their answer as it is.</source>
        <translation>Beth mae&apos;r person wedi cytuno iddo, un diben ar y tro. Gofynnwch mewn ffordd sy&apos;n gweddu iddyn nhw, a chofnodwch eu hateb fel y mae.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What they have agreed to</source>
        <translation>Beth maen nhw wedi cytuno iddo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Withdraw the selected agreement</source>
        <translation>Tynnu&apos;r cytundeb a ddewiswyd yn ô&amp;l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the selected agreement</source>
        <translation>Tynnu&apos;r cytundeb a ddewiswyd yn ôl</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Record an answer</source>
        <translation>Cofnodi ateb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What &amp;for</source>
        <translation>I &amp;beth</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the agreement is for</source>
        <translation>Ar gyfer beth mae&apos;r cytundeb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their &amp;answer</source>
        <translation>Eu h&amp;ateb</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their answer</source>
        <translation>Eu hateb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;How</source>
        <translation>&amp;Sut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How they answered</source>
        <translation>Sut y gwnaethon nhw ateb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When they answered</source>
        <translation>Pryd y gwnaethon nhw ateb</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>As&amp;k again on</source>
        <translation>&amp;Gofyn eto ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask again on a date</source>
        <translation>Gofyn eto ar ddyddiad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date to ask again</source>
        <translation>Dyddiad i ofyn eto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;cord their answer</source>
        <translation>&amp;Cofnodi eu hateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record their answer</source>
        <translation>Cofnodi eu hateb</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../desktop/gui/people/consent_panel.py" line="+57"/>
        <source>What for</source>
        <translation>I beth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their answer</source>
        <translation>Eu hateb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask again on</source>
        <translation>Gofyn eto ar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>They agreed</source>
        <translation>Maen nhw wedi cytuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They said no</source>
        <translation>Maen nhw wedi dweud na</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorded by you, %1</source>
        <translation>Cofnodwyd gennych chi, %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Agreed</source>
        <translation>Wedi cytuno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Said no</source>
        <translation>Wedi dweud na</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn on %1</source>
        <translation>Tynnwyd yn ôl ar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran out on %1 — ask again</source>
        <translation>Daeth i ben ar %1 — gofynnwch eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not asked yet</source>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a row above to withdraw it.</source>
        <translation>Dewiswch res uchod i&apos;w thynnu&apos;n ôl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no agreement in force to withdraw for this purpose.</source>
        <translation>Does dim cytundeb mewn grym i&apos;w dynnu&apos;n ôl ar gyfer y diben hwn.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The date to ask again must be after the day they answered; choose a later date.</source>
        <translation>Rhaid i&apos;r dyddiad i ofyn eto fod ar ôl y diwrnod y gwnaethon nhw ateb; dewiswch ddyddiad hwyrach.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recorded: %1.</source>
        <translation>Cofnodwyd: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded that they said no.</source>
        <translation>Cofnodwyd eu bod wedi dweud na.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Withdrawn today: %1.</source>
        <translation>Tynnwyd yn ôl heddiw: %1.</translation>
    </message>
</context>
<context>
    <name>ConversationScreen</name>
    <message>
        <location filename="../../desktop/gui/conversation/conversation_screen.py" line="+81"/>
        <source>Conversation</source>
        <translation>Sgwrs</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Welcome back: everything typed last time is here.</source>
        <translation>Croeso&apos;n ôl: mae popeth a deipiwyd y tro diwethaf yma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation with %1</source>
        <translation>Sgwrs gyda %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conversation was finished on %1. Any change you make is saved.</source>
        <translation>Gorffennwyd y sgwrs hon ar %1. Mae unrhyw newid a wnewch chi&apos;n cael ei gadw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conversation was started with a different set of questions. Answers to questions not shown here are kept.</source>
        <translation>Dechreuwyd y sgwrs hon gyda set wahanol o gwestiynau. Mae&apos;r atebion i gwestiynau nad ydyn nhw i&apos;w gweld yma yn cael eu cadw.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../ui/conversation.ui" line="+5"/>
        <location line="+4"/>
        <source>Capabilities conversation</source>
        <translation>Sgwrs am alluoedd</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>done</source>
        <translation>wedi&apos;i wneud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>now</source>
        <translation>nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>wedi&apos;i hepgor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to come</source>
        <translation>i ddod</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Section %1 of %2. Done: %3. Skipped: %4.</source>
        <translation>Adran %1 o %2. Wedi&apos;u gwneud: %3. Wedi&apos;u hepgor: %4.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Skipped “%1”. You can come back to it from the list of sections at any time.</source>
        <translation>Hepgorwyd “%1”. Gallwch ddod yn ôl ati o&apos;r rhestr adrannau unrhyw bryd.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>What you typed is kept in the draft.</source>
        <translation>Mae&apos;r hyn a deipiwyd gennych yn cael ei gadw yn y drafft.</translation>
    </message>
    <message>
        <location filename="../../ui/conversation.ui" line="+10"/>
        <source>&amp;Sections</source>
        <translation>&amp;Adrannau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sections of the conversation</source>
        <translation>Adrannau&apos;r sgwrs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter on a section to go to it.</source>
        <translation>Pwyswch Enter ar adran i fynd iddi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything is saved as you type.</source>
        <translation>Mae popeth yn cael ei gadw wrth i chi deipio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current section</source>
        <translation>Yr adran bresennol</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back to the previous section</source>
        <translation>Yn ôl i&apos;r adran flaenorol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left or Ctrl+Page Up</source>
        <translation>Alt+Chwith neu Ctrl+Page Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>Yn ô&amp;l</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skip this section</source>
        <translation>Hepgor yr adran hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this section for now; you can come back to it from the list of sections.</source>
        <translation>Gadael yr adran hon am y tro; gallwch ddod yn ôl ati o&apos;r rhestr adrannau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip this section</source>
        <translation>&amp;Hepgor yr adran hon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pause and come back another day</source>
        <translation>Oedi a dod yn ôl ddiwrnod arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves everything and goes back to the person&apos;s page.</source>
        <translation>Yn cadw popeth ac yn mynd yn ôl i dudalen y person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause for now</source>
        <translation>&amp;Oedi am y tro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next section</source>
        <translation>Yr adran nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Right or Ctrl+Page Down</source>
        <translation>Alt+De neu Ctrl+Page Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish the conversation</source>
        <translation>Gorffen y sgwrs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
</context>
<context>
    <name>ConversationsTab</name>
    <message>
        <location filename="../../desktop/gui/people/person_tabs.py" line="+106"/>
        <source>&amp;Start a conversation</source>
        <translation>&amp;Dechrau sgwrs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a conversation</source>
        <translation>Dechrau sgwrs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this is locked</source>
        <translation>Pam mae hyn wedi&apos;i gloi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conversations yet.</source>
        <translation>Dim sgyrsiau eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Sgyrsiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Dechreuwyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Gorffennwyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
</context>
<context>
    <name>DevicesScreen</name>
    <message>
        <location filename="../../desktop/gui/sync/devices_screen.py" line="+84"/>
        <location line="+5"/>
        <location line="+52"/>
        <source>Devices</source>
        <translation>Dyfeisiau</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Every laptop that syncs with the organisation&apos;s hub. A revoked laptop can no longer sync; its vault still opens with its passphrase, so collect it if you can.</source>
        <translation>Pob gliniadur sy&apos;n cysoni â hwb y sefydliad. Ni all gliniadur sydd wedi&apos;i ddirymu gysoni mwyach; mae ei gladdgell yn dal i agor gyda&apos;i gyfrinymadrodd, felly casglwch ef os gallwch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laptops</source>
        <translation>Gliniaduron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teams</source>
        <translation>Timau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enrolled</source>
        <translation>Cofrestrwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation>Gwelwyd ddiwethaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Enrol a laptop…</source>
        <translation>&amp;Cofrestru gliniadur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol a laptop</source>
        <translation>Cofrestru gliniadur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Dirymu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the chosen laptop</source>
        <translation>Dirymu&apos;r gliniadur a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;load</source>
        <translation>&amp;Ail-lwytho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the list from the hub</source>
        <translation>Ail-lwytho&apos;r rhestr o&apos;r hwb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to sync</source>
        <translation>&amp;Yn ôl i gysoni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to sync</source>
        <translation>Yn ôl i gysoni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Asking the hub for the list…</source>
        <translation>Yn gofyn i&apos;r hwb am y rhestr…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Coordinator</source>
        <translation>Cydlynydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linker</source>
        <translation>Cysylltydd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoked %1</source>
        <translation>Dirymwyd %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can sync</source>
        <translation>Yn gallu cysoni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All teams</source>
        <translation>Pob tîm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(dim enw)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Revoke “%1”? It will no longer be able to sync: what it has not sent yet stays on it, and it gets nothing new. This cannot be undone; to use it again, enrol it afresh.</source>
        <translation>Dirymu “%1”? Ni fydd yn gallu cysoni mwyach: mae&apos;r hyn nad yw wedi&apos;i anfon eto yn aros arno, ac ni fydd yn cael dim byd newydd. Ni ellir dadwneud hyn; i&apos;w ddefnyddio eto, cofrestrwch ef o&apos;r newydd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revoked. That laptop can no longer sync.</source>
        <translation>Wedi&apos;i ddirymu. Ni all y gliniadur hwnnw gysoni mwyach.</translation>
    </message>
</context>
<context>
    <name>DropInScreen</name>
    <message>
        <location filename="../../desktop/gui/dropin/dropin_screen.py" line="+73"/>
        <location line="+151"/>
        <location line="+227"/>
        <source>Type a name above to find someone.</source>
        <translation>Teipiwch enw uchod i ddod o hyd i rywun.</translation>
    </message>
    <message>
        <location line="-351"/>
        <location filename="../../ui/dropin.ui" line="+5"/>
        <source>Drop-in</source>
        <translation>Galw heibio</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Signed in with the recovery key</source>
        <translation>Wedi mewngofnodi gyda&apos;r allwedd adfer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a staff member no longer on the list</source>
        <translation>aelod o staff sydd ddim ar y rhestr mwyach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1</source>
        <translation>Wedi mewngofnodi fel %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>still here</source>
        <translation>yma o hyd</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Here &amp;today (%n)</source>
        <translation>
            <numerusform>Yma &amp;heddiw (%n)</numerusform>
            <numerusform>Yma &amp;heddiw (%n)</numerusform>
            <numerusform>Yma &amp;heddiw (%n)</numerusform>
            <numerusform>Yma &amp;heddiw (%n)</numerusform>
            <numerusform>Yma &amp;heddiw (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/dropin.ui" line="+111"/>
        <source>Here &amp;today</source>
        <translation>Yma &amp;heddiw</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>here since %1</source>
        <translation>yma ers %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody found with that name. Check the spelling, or add them in People.</source>
        <translation>Does neb o&apos;r enw hwnnw. Gwiriwch y sillafu, neu ychwanegwch nhw yn Pobl.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 is not checked in.</source>
        <translation>Dydy %1 ddim wedi cofrestru.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has been here since %2.</source>
        <translation>Mae %1 wedi bod yma ers %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody chosen yet: find someone above, or pick them from Here today.</source>
        <translation>Does neb wedi&apos;i ddewis eto: chwiliwch am rywun uchod, neu dewiswch nhw o Yma heddiw.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the name of this drop-in site first, such as “Tuesday lunch club”, then check in again.</source>
        <translation>Teipiwch enw&apos;r safle galw heibio hwn yn gyntaf, fel “Clwb cinio dydd Mawrth”, yna cofrestrwch eto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is already checked in, since %2.</source>
        <translation>Mae %1 eisoes wedi cofrestru, ers %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checked in %1 at %2.</source>
        <translation>Cofrestrwyd %1 am %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not checked in today, so there is nothing to check out.</source>
        <translation>Dydy %1 ddim wedi cofrestru heddiw, felly does dim i&apos;w gofrestru allan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checked out %1 at %2.</source>
        <translation>Cofrestrwyd %1 allan am %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No particular offer</source>
        <translation>Dim cynnig penodol</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hours given by %1</source>
        <translation>Oriau a roddwyd gan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hours you started for %1 are back.</source>
        <translation>Mae&apos;r oriau y dechreuoch chi ar gyfer %1 yn ôl.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hours go in half-hour steps, such as 1.5. Change the hours, then save again.</source>
        <translation>Mae oriau&apos;n mynd fesul hanner awr, fel 1.5. Newidiwch yr oriau, yna cadwch eto.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Logged %1 hours for %2.</source>
        <translation>Cofnodwyd %1 awr ar gyfer %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No hours were logged.</source>
        <translation>Ni chofnodwyd unrhyw oriau.</translation>
    </message>
    <message>
        <location filename="../../ui/dropin.ui" line="-105"/>
        <source>Signed in as</source>
        <translation>Wedi mewngofnodi fel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Site</source>
        <translation>&amp;Safle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drop-in site</source>
        <translation>Safle galw heibio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Switch staff member</source>
        <translation>Newid aelod o staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch staff member</source>
        <translation>N&amp;ewid aelod o staff</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Find a person</source>
        <translation>Dod o &amp;hyd i berson</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find a person</source>
        <translation>Dod o hyd i berson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name, then press Down to choose</source>
        <translation>Teipiwch enw, yna pwyswch I Lawr i ddewis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About the people found</source>
        <translation>Am y bobl a ddaeth i&apos;r golwg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People found</source>
        <translation>Pobl a ddaeth i&apos;r golwg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to check the chosen person in</source>
        <translation>Pwyswch Enter i gofrestru&apos;r person a ddewiswyd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chosen person</source>
        <translation>Y person a ddewiswyd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check in</source>
        <translation>Cofrestru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;in</source>
        <translation>&amp;Cofrestru</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check out</source>
        <translation>Cofrestru allan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;out</source>
        <translation>Cofrestru &amp;allan</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+38"/>
        <location line="+1"/>
        <source>Log hours</source>
        <translation>Cofnodi oriau</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Log &amp;hours</source>
        <translation>Cofnodi &amp;oriau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>About today&apos;s check-ins</source>
        <translation>Am gofrestriadau heddiw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody has checked in yet today.</source>
        <translation>Does neb wedi cofrestru eto heddiw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked in today</source>
        <translation>Wedi cofrestru heddiw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to check the chosen person out</source>
        <translation>Pwyswch Enter i gofrestru&apos;r person a ddewiswyd allan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hours given by</source>
        <translation>Oriau a roddwyd gan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ho&amp;urs</source>
        <translation>O&amp;riau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offe&amp;r</source>
        <translation>C&amp;ynnig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which offer</source>
        <translation>Pa gynnig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wh&amp;at they did</source>
        <translation>Beth w&amp;naethon nhw</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What they did</source>
        <translation>Beth wnaethon nhw</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message about the hours</source>
        <translation>Neges am yr oriau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save hours</source>
        <translation>Cadw&apos;r oriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve hours</source>
        <translation>Cad&amp;w&apos;r oriau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel logging hours</source>
        <translation>Canslo cofnodi oriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;nslo</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../desktop/gui/sync/devices_screen.py" line="+29"/>
        <location line="+1"/>
        <source>Enrol a laptop</source>
        <translation>Cofrestru gliniadur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The new laptop receives the people of the teams you tick, plus the shared directory of organisations. Then it shows a one-time code for its owner to type.</source>
        <translation>Bydd y gliniadur newydd yn cael pobl y timau a diciwch, ynghyd â chyfeiriadur y sefydliadau a rennir. Yna mae&apos;n dangos cod untro i&apos;w berchennog ei deipio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Teams:</source>
        <translation>&amp;Timau:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams</source>
        <translation>Timau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linker: works with their teams&apos; people</source>
        <translation>Cysylltydd: yn gweithio gyda phobl eu timau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator: every team, enrols and revokes laptops</source>
        <translation>Cydlynydd: pob tîm, yn cofrestru ac yn dirymu gliniaduron</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Laptop name</source>
        <translation>Enw&apos;r gliniadur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: North team laptop 2</source>
        <translation>er enghraifft: gliniadur 2 tîm y Gogledd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Laptop &amp;name:</source>
        <translation>&amp;Enw&apos;r gliniadur:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Make the code</source>
        <translation>&amp;Gwneud y cod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the code</source>
        <translation>Gwneud y cod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tick at least one team: a linker&apos;s laptop receives only its teams&apos; people.</source>
        <translation>Ticiwch o leiaf un tîm: dim ond pobl ei dimau y mae gliniadur cysylltydd yn eu cael.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the hub for a code…</source>
        <translation>Yn gofyn i&apos;r hwb am god…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hub address</source>
        <translation>Cyfeiriad yr hwb</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The code as a QR image</source>
        <translation>Y cod fel delwedd QR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the new laptop: open Offerbook, go to Sync, choose “Join an organisation” and type the hub&apos;s address and these eight words (or scan the image).</source>
        <translation>Ar y gliniadur newydd: agorwch Offerbook, ewch i Cysoni, dewiswch “Ymuno â sefydliad” a theipiwch gyfeiriad yr hwb a&apos;r wyth gair hyn (neu sganiwch y ddelwedd).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Done</source>
        <translation>&amp;Wedi gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This code works once and expires in 48 hours. Give it only to the laptop&apos;s owner.</source>
        <translation>Mae&apos;r cod hwn yn gweithio unwaith ac yn dod i ben ymhen 48 awr. Rhowch ef i berchennog y gliniadur yn unig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub: %1</source>
        <translation>Hwb: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word %1</source>
        <translation>Gair %1</translation>
    </message>
</context>
<context>
    <name>EraseAction</name>
    <message>
        <location filename="../../desktop/gui/people/erase_dialog.py" line="+124"/>
        <source>Erase this person…</source>
        <translation>Dileu&apos;r person hwn yn llwyr…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this person</source>
        <translation>Dileu&apos;r person hwn yn llwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinators: the right to be forgotten</source>
        <translation>Cydlynwyr: yr hawl i gael eich anghofio</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Erased. They are gone from this laptop; the hub and the other laptops erase them when they next sync.</source>
        <translation>Wedi&apos;u dileu. Maen nhw wedi mynd o&apos;r gliniadur hwn; bydd yr hwb a&apos;r gliniaduron eraill yn eu dileu y tro nesaf y byddan nhw&apos;n cysoni.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location line="-121"/>
        <location line="+1"/>
        <source>Erase this person</source>
        <translation>Dileu&apos;r person hwn yn llwyr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To confirm, type their full name: %1</source>
        <translation>I gadarnhau, teipiwch eu henw llawn: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their full name, to confirm</source>
        <translation>Eu henw llawn, i gadarnhau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Dileu am byth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase for good</source>
        <translation>Dileu am byth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Erase %1 and everything about them: their details, consents, conversations, offers, requests, hours, wellbeing scores and notes. They are removed from this laptop now, and from the hub and every other laptop when those sync. This cannot be undone, and no backup in Offerbook brings them back. Use it when the person asks to be forgotten.</source>
        <translation>Dileu %1 a phopeth amdanyn nhw: eu manylion, caniatâd, sgyrsiau, cynigion, ceisiadau, oriau, sgorau llesiant a nodiadau. Cânt eu tynnu o&apos;r gliniadur hwn nawr, ac o&apos;r hwb a phob gliniadur arall pan fydd y rheini&apos;n cysoni. Ni ellir dadwneud hyn, ac ni all unrhyw gopi wrth gefn yn Offerbook ddod â nhw&apos;n ôl. Defnyddiwch hyn pan fydd y person yn gofyn am gael ei anghofio.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/gui/marketplace/filter_bar.py" line="+52"/>
        <source>Filters</source>
        <translation>Hidlyddion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Gift</source>
        <translation>Da&amp;wn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gift filter</source>
        <translation>Hidlydd doniau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;milar gifts too</source>
        <translation>Doniau t&amp;ebyg hefyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include similar gifts</source>
        <translation>Cynnwys doniau tebyg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>&amp;Diwrnod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day filter</source>
        <translation>Hidlydd diwrnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ime of day</source>
        <translation>&amp;Adeg o&apos;r dydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time of day filter</source>
        <translation>Hidlydd adeg o&apos;r dydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area</source>
        <translation>A&amp;rdal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area filter</source>
        <translation>Hidlydd ardal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language filter</source>
        <translation>Hidlydd iaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Statws</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status filter</source>
        <translation>Hidlydd statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team</source>
        <translation>&amp;Tîm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team filter</source>
        <translation>Hidlydd tîm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lin&amp;ker</source>
        <translation>C&amp;ysylltydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linker filter</source>
        <translation>Hidlydd cysylltydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear filters</source>
        <translation>C&amp;lirio&apos;r hidlyddion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Clirio&apos;r hidlyddion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everything again: every filter back to any</source>
        <translation>Dangos popeth eto: pob hidlydd yn ôl i ‘unrhyw’</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any day</source>
        <translation>Unrhyw ddiwrnod</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any time</source>
        <translation>Unrhyw adeg</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+63"/>
        <source>Any gift</source>
        <translation>Unrhyw ddawn</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+71"/>
        <source>Any area</source>
        <translation>Unrhyw ardal</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <source>Any language</source>
        <translation>Unrhyw iaith</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+72"/>
        <source>All teams</source>
        <translation>Pob tîm</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+72"/>
        <source>Any linker</source>
        <translation>Unrhyw gysylltydd</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opportunities belong to the whole organisation, not to a team or a linker.</source>
        <translation>Mae cyfleoedd yn perthyn i&apos;r sefydliad cyfan, nid i dîm nac i gysylltydd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current (not ended)</source>
        <translation>Cyfredol (heb ddod i ben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Current (not closed)</source>
        <translation>Cyfredol (heb gau)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose a gift first; some gifts have no similar ones.</source>
        <translation>Dewiswch ddawn yn gyntaf; does gan rai doniau ddim rhai tebyg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also: %1</source>
        <translation>Hefyd: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../desktop/gui/unlock/vault_pages.py" line="+61"/>
        <source>Too short</source>
        <translation>Rhy fyr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weak</source>
        <translation>Gwan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>Gweddol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Cryf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please type your name.</source>
        <translation>Teipiwch eich enw, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are different; type them again.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol; teipiwch nhw eto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating the vault…</source>
        <translation>Wrthi&apos;n creu&apos;r gladdgell…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating the vault and 200 made-up people…</source>
        <translation>Wrthi’n creu’r gladdgell a 200 o bobl ddychmygol…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Something went wrong creating the vault; nothing was lost. Try again, and tell your coordinator if it happens again.</source>
        <translation>Aeth rhywbeth o&apos;i le wrth greu&apos;r gladdgell; chollwyd dim. Rhowch gynnig arall arni, a dywedwch wrth eich cydlynydd os bydd yn digwydd eto.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.ui" line="+5"/>
        <source>Create a vault</source>
        <translation>Creu claddgell</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome to Offerbook</source>
        <translation>Croeso i Offerbook</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offerbook keeps what people tell you in an encrypted vault on this computer. Set it up once: your organisation, your name and a passphrase only you know.</source>
        <translation>Mae Offerbook yn cadw&apos;r hyn mae pobl yn ei ddweud wrthych mewn claddgell wedi&apos;i hamgryptio ar y cyfrifiadur hwn. Gosodwch hi unwaith: eich sefydliad, eich enw a chyfrinymadrodd sy&apos;n hysbys i chi yn unig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Sefydliad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your &amp;name</source>
        <translation>Eich &amp;enw</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Again</source>
        <translation>&amp;Eto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Strength</source>
        <translation>Cryfder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fill it with made-up people to practise</source>
        <translation>Ei lenwi â phobl ddychmygol i ymarfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill it with 200 made-up &amp;people, to practise or explore</source>
        <translation>Ei lenwi â 200 o &amp;bobl ddychmygol, i ymarfer neu archwilio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For training: a practice vault full of fictional people, offers and follow-ups. Use a different folder for the real one.</source>
        <translation>Ar gyfer hyfforddiant: claddgell ymarfer yn llawn pobl, cynigion a chamau dilynol dychmygol. Defnyddiwch ffolder gwahanol ar gyfer yr un go iawn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create the vault</source>
        <translation>Creu&apos;r gladdgell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create the vault</source>
        <translation>C&amp;reu&apos;r gladdgell</translation>
    </message>
</context>
<context>
    <name>GiftChecklist</name>
    <message>
        <location filename="../../desktop/gui/offers/editor_widgets.py" line="+62"/>
        <source>Their gifts</source>
        <translation>Eu doniau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the gifts this offer grows from; Space ticks the highlighted one.</source>
        <translation>Ticiwch y doniau y mae&apos;r cynnig hwn yn tyfu ohonyn nhw; mae Bylchwr yn ticio&apos;r un sydd wedi&apos;i amlygu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>head</source>
        <translation>pen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hands</source>
        <translation>dwylo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>heart</source>
        <translation>calon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could teach</source>
        <translation>gallai ei ddysgu i eraill</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>would like to learn</source>
        <translation>hoffai ei ddysgu</translation>
    </message>
</context>
<context>
    <name>GiftsPrompt</name>
    <message>
        <location filename="../../desktop/gui/conversation/conversation_widgets.py" line="+227"/>
        <source>Ideas to start with:</source>
        <translation>Syniadau i ddechrau:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heard in what they said:</source>
        <translation>Wedi&apos;i glywed yn yr hyn a ddywedon nhw:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find another &amp;gift:</source>
        <translation>Chwilio am &amp;ddawn arall:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find another gift by a word they used</source>
        <translation>Chwilio am ddawn arall drwy air a ddefnyddion nhw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a word they used, like bikes or biryani</source>
        <translation>gair a ddefnyddion nhw, fel beiciau neu biryani</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Show all %n gift ideas</source>
        <translation>
            <numerusform>Dangos pob un o&apos;r %n syniad am ddoniau</numerusform>
            <numerusform>Dangos yr %n syniad am ddawn</numerusform>
            <numerusform>Dangos pob un o&apos;r %n syniad am ddoniau</numerusform>
            <numerusform>Dangos pob un o&apos;r %n syniad am ddoniau</numerusform>
            <numerusform>Dangos pob un o&apos;r %n syniad am ddoniau</numerusform>
        </translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Gifts that match:</source>
        <translation>Doniau sy&apos;n cyfateb:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No gift matches those words yet. Try another word, or write what they said in one of the answer boxes.</source>
        <translation>Does dim dawn yn cyfateb i&apos;r geiriau hynny eto. Rhowch gynnig ar air arall, neu ysgrifennwch yr hyn a ddywedon nhw yn un o&apos;r blychau ateb.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gifts of the head</source>
        <translation>Doniau&apos;r pen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts of the hands</source>
        <translation>Doniau&apos;r dwylo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts of the heart</source>
        <translation>Doniau&apos;r galon</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hide the full list</source>
        <translation>Cuddio&apos;r rhestr lawn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, in their words</source>
        <translation>%1, yn eu geiriau nhw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In their words</source>
        <translation>Yn eu geiriau nhw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1</source>
        <translation>Tynnu %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Picked, with how they put it:</source>
        <translation>Wedi&apos;u dewis, gyda sut y dywedon nhw:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing picked yet. Tick an idea above, then write beside it how the person put it.</source>
        <translation>Dim wedi&apos;i ddewis eto. Ticiwch syniad uchod, yna ysgrifennwch wrth ei ymyl sut y dywedodd y person.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../desktop/gui/common/words.py" line="+33"/>
        <source>today</source>
        <translation>heddiw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>ddoe</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/home/home_screen.py" line="+142"/>
        <location line="+83"/>
        <source>Home</source>
        <translation>Hafan</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+152"/>
        <location line="+131"/>
        <source>&amp;Follow-ups due</source>
        <translation>Camau &amp;dilynol sy&apos;n ddyledus</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Follow-ups due</source>
        <translation>Camau dilynol sy&apos;n ddyledus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is due today and nothing is overdue. A follow-up appears here on the day it is due.</source>
        <translation>Does dim yn ddyledus heddiw a does dim yn hwyr. Mae cam dilynol yn ymddangos yma ar y diwrnod y mae&apos;n ddyledus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mark done</source>
        <translation>&amp;Nodi ei fod wedi&apos;i wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>Nodi ei fod wedi&apos;i wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo mark done</source>
        <translation>Dadwneud ‘wedi&apos;i wneud’</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open person</source>
        <translation>&amp;Agor y person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open person</source>
        <translation>Agor y person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Conversations to pick up</source>
        <translation>&amp;Sgyrsiau i&apos;w hailgydio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversations to pick up</source>
        <translation>Sgyrsiau i&apos;w hailgydio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conversations are in progress. A conversation you pause appears here, so you can pick it up another day.</source>
        <translation>Does dim sgyrsiau ar y gweill. Mae sgwrs rydych chi&apos;n ei hoedi yn ymddangos yma, er mwyn i chi ei hailgydio ddiwrnod arall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume</source>
        <translation>&amp;Ailddechrau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume conversation</source>
        <translation>Ailddechrau&apos;r sgwrs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recently &amp;seen</source>
        <translation>Wedi&apos;u &amp;gweld yn ddiweddar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recently seen</source>
        <translation>Wedi&apos;u gweld yn ddiweddar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody has been seen yet. People appear here after a drop-in, a conversation or a note.</source>
        <translation>Does neb wedi&apos;i weld eto. Mae pobl yn ymddangos yma ar ôl sesiwn galw heibio, sgwrs neu nodyn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;person</source>
        <translation>Dangos y &amp;person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show person</source>
        <translation>Dangos y person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Drafts waiting</source>
        <translation>D&amp;rafftiau&apos;n aros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drafts waiting</source>
        <translation>Drafftiau&apos;n aros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No drafts are waiting. Everything typed so far has been saved.</source>
        <translation>Does dim drafftiau&apos;n aros. Mae popeth a deipiwyd hyd yma wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry o&amp;n</source>
        <translation>Bwrw &amp;ymlaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on with draft</source>
        <translation>Bwrw ymlaen â&apos;r drafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync is not set up yet — everything is saved on this laptop.</source>
        <translation>Dydy cysoni ddim wedi&apos;i osod eto — mae popeth wedi&apos;i gadw ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync state</source>
        <translation>Cyflwr cysoni</translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Hwyr o %n diwrnod</numerusform>
            <numerusform>Hwyr o %n diwrnod</numerusform>
            <numerusform>Hwyr o %n diwrnod</numerusform>
            <numerusform>Hwyr o %n diwrnod</numerusform>
            <numerusform>Hwyr o %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>Dyledus heddiw</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&amp;Follow-ups due (%n)</source>
        <translation>
            <numerusform>Camau &amp;dilynol sy&apos;n ddyledus (%n)</numerusform>
            <numerusform>Camau &amp;dilynol sy&apos;n ddyledus (%n)</numerusform>
            <numerusform>Camau &amp;dilynol sy&apos;n ddyledus (%n)</numerusform>
            <numerusform>Camau &amp;dilynol sy&apos;n ddyledus (%n)</numerusform>
            <numerusform>Camau &amp;dilynol sy&apos;n ddyledus (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the oldest %1 of %2. Mark some done to see the rest.</source>
        <translation>Yn dangos yr %1 hynaf o %2. Nodwch fod rhai wedi&apos;u gwneud i weld y gweddill.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused</source>
        <translation>Wedi oedi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started %1</source>
        <translation>Dechreuwyd %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Came to a drop-in</source>
        <translation>Daeth i sesiwn galw heibio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Had a conversation</source>
        <translation>Cafodd sgwrs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note was added</source>
        <translation>Ychwanegwyd nodyn</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Details of a new person</source>
        <translation>Manylion person newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to a person&apos;s details</source>
        <translation>Newidiadau i fanylion person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An offer</source>
        <translation>Cynnig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A request for help</source>
        <translation>Cais am help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A capabilities conversation</source>
        <translation>Sgwrs am alluoedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours being logged</source>
        <translation>Oriau&apos;n cael eu cofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1 at %2</source>
        <translation>Cadwyd %1 am %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Marked done. Press Undo if that was a mistake.</source>
        <translation>Wedi nodi ei fod wedi&apos;i wneud. Pwyswch Dadwneud os camgymeriad oedd hynny.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The follow-up is back on the list.</source>
        <translation>Mae&apos;r cam dilynol yn ôl ar y rhestr.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This draft cannot be opened from here; it comes back when you open the same form again.</source>
        <translation>Does dim modd agor y drafft hwn o&apos;r fan hon; mae&apos;n dod yn ôl pan fyddwch chi&apos;n agor yr un ffurflen eto.</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <location filename="../../desktop/gui/people/person_tabs.py" line="+120"/>
        <source>Total hours</source>
        <translation>Cyfanswm yr oriau</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given or received</source>
        <translation>Wedi&apos;u rhoi neu eu derbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Gyda</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Given</source>
        <translation>Wedi&apos;u rhoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Wedi&apos;u derbyn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No hours logged yet.</source>
        <translation>Dim oriau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours given: %1 · hours received: %2</source>
        <translation>Oriau a roddwyd: %1 · oriau a dderbyniwyd: %2</translation>
    </message>
</context>
<context>
    <name>IntroductionsTab</name>
    <message>
        <location line="-56"/>
        <source>About sharing offers</source>
        <translation>Am rannu cynigion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No introductions yet.</source>
        <translation>Dim cyflwyniadau eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introductions</source>
        <translation>Cyflwyniadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their offer or request</source>
        <translation>Eu cynnig neu eu cais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matched with</source>
        <translation>Wedi&apos;u paru gyda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met</source>
        <translation>Wedi cyfarfod</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../desktop/gui/sync/join_dialog.py" line="-69"/>
        <source>Join an organisation</source>
        <translation>Ymuno â sefydliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the code your coordinator gave you: the hub&apos;s address, then eight words. The first four letters of each word are enough. The code works once.</source>
        <translation>Teipiwch y cod a roddodd eich cydlynydd i chi: cyfeiriad yr hwb, yna wyth gair. Mae pedair llythyren gyntaf pob gair yn ddigon. Mae&apos;r cod yn gweithio unwaith.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Join</source>
        <translation>&amp;Ymuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Cod:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://hub.example.org word word word …</source>
        <translation>https://hub.example.org gair gair gair …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop&apos;s &amp;name:</source>
        <translation>&amp;Enw&apos;r gliniadur hwn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Laptop name</source>
        <translation>Enw&apos;r gliniadur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: North team laptop 2</source>
        <translation>er enghraifft: gliniadur 2 tîm y Gogledd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the code first.</source>
        <translation>Teipiwch y cod yn gyntaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give this laptop a name, so your coordinator can tell it from the others.</source>
        <translation>Rhowch enw i&apos;r gliniadur hwn, er mwyn i&apos;ch cydlynydd ei wahaniaethu oddi wrth y lleill.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This laptop has joined the organisation. It is fetching your team&apos;s people now.</source>
        <translation>Mae&apos;r gliniadur hwn wedi ymuno â&apos;r sefydliad. Mae&apos;n nôl pobl eich tîm nawr.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="+150"/>
        <source>Switch staff member: the next person types their own passphrase.</source>
        <translation>Newid aelod o staff: mae&apos;r person nesaf yn teipio eu cyfrinymadrodd eu hunain.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Locked. Type your passphrase to carry on.</source>
        <translation>Wedi cloi. Teipiwch eich cyfrinymadrodd i barhau.</translation>
    </message>
</context>
<context>
    <name>Marketplace</name>
    <message>
        <location filename="../../desktop/gui/marketplace/filter_bar.py" line="-207"/>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreed</source>
        <translation>Wedi cytuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched</source>
        <translation>Wedi&apos;i baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>Wedi oedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>Wedi&apos;i ddiwallu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Wedi cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full</source>
        <translation>Llawn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/marketplace/register_model.py" line="+5"/>
        <source>%1 all day</source>
        <translation>%1 drwy&apos;r dydd</translation>
    </message>
</context>
<context>
    <name>MarketplaceScreen</name>
    <message>
        <location filename="../../desktop/gui/marketplace/marketplace_screen.py" line="+63"/>
        <location line="+87"/>
        <source>Marketplace</source>
        <translation>Marchnad</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>&amp;Search</source>
        <translation>&amp;Chwilio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search their words, gifts and names</source>
        <translation>Chwilio eu geiriau, eu doniau a&apos;u henwau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the marketplace</source>
        <translation>Chwilio&apos;r farchnad</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+208"/>
        <source>Clear the search</source>
        <translation>Clirio&apos;r chwiliad</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Offers, requests and opportunities</source>
        <translation>Cynigion, ceisiadau a chyfleoedd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Results</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offers, requests or opportunities</source>
        <translation>Cynigion, ceisiadau neu gyfleoedd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No results</source>
        <translation>Dim canlyniadau</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>The newest %1 of %2. Type, or choose filters, to narrow the list.</source>
        <translation>Y %1 mwyaf newydd o %2. Teipiwch, neu dewiswch hidlyddion, i gyfyngu&apos;r rhestr.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Offers (%1)</source>
        <translation>Cy&amp;nigion (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Requests (%1)</source>
        <translation>Ceisiada&amp;u (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pportunities (%1)</source>
        <translation>Cyfle&amp;oedd (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No offers match these filters.</source>
        <translation>Does dim cynigion yn cyfateb i&apos;r hidlyddion hyn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No requests match these filters.</source>
        <translation>Does dim ceisiadau yn cyfateb i&apos;r hidlyddion hyn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No opportunities match these filters.</source>
        <translation>Does dim cyfleoedd yn cyfateb i&apos;r hidlyddion hyn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No offers match what you typed. Try fewer letters.</source>
        <translation>Does dim cynigion yn cyfateb i&apos;r hyn a deipiwyd. Rhowch gynnig ar lai o lythrennau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No requests match what you typed. Try fewer letters.</source>
        <translation>Does dim ceisiadau yn cyfateb i&apos;r hyn a deipiwyd. Rhowch gynnig ar lai o lythrennau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No opportunities match what you typed. Try fewer letters.</source>
        <translation>Does dim cyfleoedd yn cyfateb i&apos;r hyn a deipiwyd. Rhowch gynnig ar lai o lythrennau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No offers yet. An offer is made on a person&apos;s page, after a capabilities conversation.</source>
        <translation>Dim cynigion eto. Mae cynnig yn cael ei wneud ar dudalen person, ar ôl sgwrs am alluoedd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No requests yet. A request is added on a person&apos;s page.</source>
        <translation>Dim ceisiadau eto. Mae cais yn cael ei ychwanegu ar dudalen person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No opportunities from local organisations yet.</source>
        <translation>Dim cyfleoedd gan sefydliadau lleol eto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>Clirio&apos;r hidlyddion</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/gui/common/messages.py" line="+35"/>
        <location line="+7"/>
        <location line="+9"/>
        <source>Offerbook</source>
        <translation>Offerbook</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Something went wrong inside Offerbook. What you typed is kept in the vault. If it happens again, tell your coordinator what you were doing.</source>
        <translation>Aeth rhywbeth o&apos;i le y tu mewn i Offerbook. Mae&apos;r hyn a deipiwyd gennych wedi&apos;i gadw yn y gladdgell. Os bydd yn digwydd eto, dywedwch wrth eich cydlynydd beth roeddech chi&apos;n ei wneud.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desktop/gui/people/person_tabs.py" line="+89"/>
        <source>&amp;Write a note</source>
        <translation>&amp;Ysgrifennu nodyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New note</source>
        <translation>Nodyn newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes can be added but not changed later.</source>
        <translation>Gellir ychwanegu nodiadau ond nid eu newid wedyn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;note</source>
        <translation>Ychwanegu &amp;nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Ychwanegu nodyn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes, newest first</source>
        <translation>Nodiadau, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No notes yet.</source>
        <translation>Dim nodiadau eto.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Note added.</source>
        <translation>Ychwanegwyd y nodyn.</translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <location filename="../../ui/offer_editor.ui" line="+6"/>
        <source>Offer editor</source>
        <translation>Golygydd cynigion</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shape one thing they would like to offer: what, for whom, when, where, and on what terms. Use their own words.</source>
        <translation>Lluniwch un peth yr hoffen nhw ei gynnig: beth, i bwy, pryd, ble, ac ar ba delerau. Defnyddiwch eu geiriau eu hunain.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Draft restored</source>
        <translation>Adferwyd y drafft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored what was typed here before; it is not saved yet.</source>
        <translation>Adferwyd yr hyn a deipiwyd yma o&apos;r blaen; dydy e ddim wedi&apos;i gadw eto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discard unsaved changes</source>
        <translation>Taflu newidiadau heb eu cadw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;iscard unsaved changes</source>
        <translation>&amp;Taflu newidiadau heb eu cadw</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start from their &amp;gifts</source>
        <translation>Dechrau o&apos;u &amp;doniau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Their gifts</source>
        <translation>Eu doniau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No gifts are recorded for this person yet. You can still write the offer below, or have a capabilities conversation first.</source>
        <translation>Does dim doniau wedi&apos;u cofnodi ar gyfer y person hwn eto. Gallwch ysgrifennu&apos;r cynnig isod o hyd, neu gael sgwrs am alluoedd yn gyntaf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;What they will offer</source>
        <translation>&amp;Beth fyddan nhw&apos;n ei gynnig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What they will offer, in their own words</source>
        <translation>Beth fyddan nhw&apos;n ei gynnig, yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In their own words, for example: I can fix bikes and show others how</source>
        <translation>Yn eu geiriau eu hunain, er enghraifft: Galla i drwsio beiciau a dangos i eraill sut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tags</source>
        <translation>&amp;Tagiau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;For whom</source>
        <translation>&amp;I bwy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For whom</source>
        <translation>I bwy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>anyone</source>
        <translation>unrhyw un</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>older neighbours</source>
        <translation>cymdogion hŷn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>children and families</source>
        <translation>plant a theuluoedd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>people new to the area</source>
        <translation>pobl sy&apos;n newydd i&apos;r ardal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a local group</source>
        <translation>grŵp lleol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one person</source>
        <translation>un person</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>W&amp;hen they are free</source>
        <translation>&amp;Pryd maen nhw&apos;n rhydd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weekly availability</source>
        <translation>Pryd maen nhw ar gael bob wythnos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How &amp;often</source>
        <translation>Pa mor &amp;aml</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How often</source>
        <translation>Pa mor aml</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>once</source>
        <translation>unwaith</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weekly</source>
        <translation>bob wythnos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fortnightly</source>
        <translation>bob pythefnos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>monthly</source>
        <translation>bob mis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>now and then</source>
        <translation>bob hyn a hyn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whe&amp;re</source>
        <translation>B&amp;le</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: at the community centre, at home, anywhere on the 12 bus route</source>
        <translation>Er enghraifft: yn y ganolfan gymunedol, gartref, unrhyw le ar lwybr bws 12</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Conditions</source>
        <translation>A&amp;modau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conditions</source>
        <translation>Amodau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: only with someone they know at first; not mornings</source>
        <translation>Er enghraifft: dim ond gyda rhywun maen nhw&apos;n ei adnabod i ddechrau; nid yn y bore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Su&amp;pport needed</source>
        <translation>Cymo&amp;rth sydd ei angen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Support needed</source>
        <translation>Cymorth sydd ei angen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: needs a lift; someone to go along the first time</source>
        <translation>Er enghraifft: angen lifft; rhywun i fynd gyda nhw&apos;r tro cyntaf</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel and keep the draft</source>
        <translation>Canslo a chadw&apos;r drafft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back; what you typed is kept as a draft (Esc)</source>
        <translation>Mynd yn ôl; mae&apos;r hyn a deipiwyd gennych yn cael ei gadw fel drafft (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save (Ctrl+S)</source>
        <translation>Cadw (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
</context>
<context>
    <name>OfferScreen</name>
    <message>
        <location filename="../../desktop/gui/offers/offer_screen.py" line="+38"/>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreed</source>
        <translation>Wedi cytuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched</source>
        <translation>Wedi&apos;i baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Wedi oedi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who will benefit: a person, a group or an organisation</source>
        <translation>Pwy fydd yn elwa: person, grŵp neu sefydliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose or type</source>
        <translation>Dewiswch neu teipiwch</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Offer</source>
        <translation>Cynnig</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open an offer to see its card.</source>
        <translation>Agorwch gynnig i weld ei gerdyn.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New offer from %1</source>
        <translation>Cynnig newydd gan %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offer from %1</source>
        <translation>Cynnig gan %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Back to &amp;agreed (the match fell through)</source>
        <translation>Yn ôl i ‘wedi &amp;cytuno’ (methodd y paru)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;ume (active again)</source>
        <translation>&amp;Ailddechrau (gweithredol eto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to &amp;draft</source>
        <translation>Yn ôl i&apos;r &amp;drafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;agreed</source>
        <translation>Nodi fel wedi &amp;cytuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;matched</source>
        <translation>Nodi fel wedi&apos;i &amp;baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as acti&amp;ve</source>
        <translation>Nodi fel &amp;gweithredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;use</source>
        <translation>&amp;Oedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End this offer</source>
        <translation>Dod â&apos;r cynnig hwn i b&amp;en</translation>
    </message>
</context>
<context>
    <name>OffersTab</name>
    <message>
        <location filename="../../desktop/gui/people/person_tabs.py" line="-194"/>
        <source>New &amp;offer</source>
        <translation>Cynnig &amp;newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New offer</source>
        <translation>Cynnig newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;request</source>
        <translation>C&amp;ais newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New request</source>
        <translation>Cais newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this is locked</source>
        <translation>Pam mae hyn wedi&apos;i gloi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About sharing offers</source>
        <translation>Am rannu cynigion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Offers</source>
        <translation>Cynigion</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>What they offer</source>
        <translation>Beth maen nhw&apos;n ei gynnig</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>How often</source>
        <translation>Pa mor aml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Ceisiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help they are looking for</source>
        <translation>Help maen nhw&apos;n chwilio amdano</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests (seeking help)</source>
        <translation>Ceisiadau (chwilio am help)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Offers (%n)</source>
        <translation>
            <numerusform>Cynigion (%n)</numerusform>
            <numerusform>Cynigion (%n)</numerusform>
            <numerusform>Cynigion (%n)</numerusform>
            <numerusform>Cynigion (%n)</numerusform>
            <numerusform>Cynigion (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Requests, seeking help (%n)</source>
        <translation>
            <numerusform>Ceisiadau, chwilio am help (%n)</numerusform>
            <numerusform>Ceisiadau, chwilio am help (%n)</numerusform>
            <numerusform>Ceisiadau, chwilio am help (%n)</numerusform>
            <numerusform>Ceisiadau, chwilio am help (%n)</numerusform>
            <numerusform>Ceisiadau, chwilio am help (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpportunityScreen</name>
    <message>
        <location filename="../../desktop/gui/marketplace/opportunity_screen.py" line="+34"/>
        <location line="+56"/>
        <source>Opportunity</source>
        <translation>Cyfle</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Back to the marketplace</source>
        <translation>&amp;Yn ôl i&apos;r farchnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the marketplace</source>
        <translation>Yn ôl i&apos;r farchnad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the marketplace (Esc)</source>
        <translation>Yn ôl i&apos;r farchnad (Esc)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is</source>
        <translation>Beth ydyw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts it uses</source>
        <translation>Y doniau mae&apos;n eu defnyddio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who it suits</source>
        <translation>Pwy mae&apos;n ei siwtio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Mynediad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>Ieithoedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../desktop/gui/people/people_screen.py" line="+52"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Known as</source>
        <translation>Enw arferol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location line="+33"/>
        <location line="+34"/>
        <location line="+61"/>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>&amp;Search</source>
        <translation>&amp;Chwilio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search names, gifts and offers</source>
        <translation>Chwilio enwau, doniau a chynigion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search people</source>
        <translation>Chwilio pobl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add a person</source>
        <translation>&amp;Ychwanegu person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person (Ctrl+N)</source>
        <translation>Ychwanegu person (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print cards for selected…</source>
        <translation>&amp;Argraffu cardiau’r rhai a ddewiswyd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print cards for the selected people</source>
        <translation>Argraffu cardiau’r bobl a ddewiswyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the cards of every current offer of the people selected below. Select several with Shift or Ctrl.</source>
        <translation>Argraffu cardiau pob cynnig cyfredol gan y bobl a ddewiswyd isod. Dewiswch sawl un gyda Shift neu Ctrl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Team</source>
        <translation>&amp;Tîm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team filter</source>
        <translation>Hidlydd tîm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Linker</source>
        <translation>C&amp;ysylltydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linker filter</source>
        <translation>Hidlydd cysylltydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ws</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status filter</source>
        <translation>Hidlydd statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up &amp;due</source>
        <translation>Cam dilynol yn dd&amp;yledus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only people with a follow-up due</source>
        <translation>Dim ond pobl sydd â cham dilynol yn ddyledus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No results</source>
        <translation>Dim canlyniadau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>All teams</source>
        <translation>Pob tîm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any linker</source>
        <translation>Unrhyw gysylltydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>The first %n people — type more to narrow the list</source>
        <translation>
            <numerusform>Y %n person cyntaf — teipiwch fwy i gyfyngu&apos;r rhestr</numerusform>
            <numerusform>Y %n person cyntaf — teipiwch fwy i gyfyngu&apos;r rhestr</numerusform>
            <numerusform>Y %n person cyntaf — teipiwch fwy i gyfyngu&apos;r rhestr</numerusform>
            <numerusform>Y %n person cyntaf — teipiwch fwy i gyfyngu&apos;r rhestr</numerusform>
            <numerusform>Y %n person cyntaf — teipiwch fwy i gyfyngu&apos;r rhestr</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No one matches. Try fewer letters, or clear the filters.</source>
        <translation>Does neb yn cyfateb. Rhowch gynnig ar lai o lythrennau, neu cliriwch yr hidlyddion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one is in the register yet. Choose “Add a person” (Ctrl+N) to add the first.</source>
        <translation>Does neb ar y gofrestr eto. Dewiswch “Ychwanegu person” (Ctrl+N) i ychwanegu&apos;r cyntaf.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Print them now?</source>
        <translation>Eu hargraffu nawr?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save them now?</source>
        <translation>Eu cadw nawr?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print offer cards</source>
        <translation>Argraffu cardiau cynnig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the cards as a PDF</source>
        <translation>Cadw’r cardiau fel PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved 1 card as %1.</source>
        <translation>Wedi cadw 1 cerdyn fel %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved %n cards as %1.</source>
        <translation>
            <numerusform>Wedi cadw %n cerdyn fel %1.</numerusform>
            <numerusform>Wedi cadw %n cerdyn fel %1.</numerusform>
            <numerusform>Wedi cadw %n cerdyn fel %1.</numerusform>
            <numerusform>Wedi cadw %n cerdyn fel %1.</numerusform>
            <numerusform>Wedi cadw %n o gardiau fel %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desktop/gui/people/person_form.py" line="+80"/>
        <source>Undo chan&amp;ges</source>
        <translation>Dadwneud y &amp;newidiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo changes</source>
        <translation>Dadwneud y newidiadau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What you were typing last time is back: save it, or undo it.</source>
        <translation>Mae&apos;r hyn roeddech chi&apos;n ei deipio y tro diwethaf yn ôl: cadwch e, neu dadwnewch e.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No team</source>
        <translation>Dim tîm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No linker yet</source>
        <translation>Dim cysylltydd eto</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Tick “Being contacted” above once they agree, to add a phone number, email or address.</source>
        <translation>Ticiwch “Cael cysylltu â nhw” uchod pan fyddan nhw&apos;n cytuno, i ychwanegu rhif ffôn, e-bost neu gyfeiriad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick “Health or disability details” above once they agree, to note accessibility needs.</source>
        <translation>Ticiwch “Manylion iechyd neu anabledd” uchod pan fyddan nhw&apos;n cytuno, i nodi anghenion hygyrchedd.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>has the same name</source>
        <translation>â&apos;r un enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has the same phone number</source>
        <translation>â&apos;r un rhif ffôn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no postcode</source>
        <translation>dim cod post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has the same first name and postcode</source>
        <translation>â&apos;r un enw cyntaf a chod post</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This may be someone already in the register:</source>
        <translation>Efallai fod hwn yn rhywun sydd ar y gofrestr yn barod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open their record, or save anyway if this is someone else.</source>
        <translation>Agorwch eu cofnod, neu cadwch beth bynnag os mai rhywun arall yw hwn.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changes undone.</source>
        <translation>Dadwnaed y newidiadau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Throw away what you typed for this new person?</source>
        <translation>Taflu&apos;r hyn a deipiwyd gennych ar gyfer y person newydd hwn?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused for now</source>
        <translation>Wedi oedi am y tro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Wedi cau</translation>
    </message>
    <message>
        <location filename="../../ui/person_form.ui" line="+5"/>
        <source>Person&apos;s details</source>
        <translation>Manylion y person</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>What they agreed to today</source>
        <translation>Beth maen nhw wedi cytuno iddo heddiw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeping a &amp;record of them</source>
        <translation>Cadw &amp;cofnod amdanyn nhw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They agree to us keeping a record</source>
        <translation>Maen nhw&apos;n cytuno i ni gadw cofnod</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Being c&amp;ontacted</source>
        <translation>Cael cysylltu â &amp;nhw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They agree to being contacted</source>
        <translation>Maen nhw&apos;n cytuno i ni gysylltu â nhw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Health or disability details</source>
        <translation>Manylion &amp;iechyd neu anabledd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They agree to us noting health or disability details</source>
        <translation>Maen nhw&apos;n cytuno i ni nodi manylion iechyd neu anabledd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ho&amp;w they agreed</source>
        <translation>S&amp;ut y gwnaethon nhw gytuno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How they agreed</source>
        <translation>Sut y gwnaethon nhw gytuno</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>About them</source>
        <translation>Amdanyn nhw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Full name</source>
        <translation>&amp;Enw llawn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full name</source>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As they write it, in any script</source>
        <translation>Fel maen nhw&apos;n ei ysgrifennu, mewn unrhyw wyddor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Known as</source>
        <translation>Enw a&amp;rferol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Known as</source>
        <translation>Enw arferol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name they like to be called</source>
        <translation>Yr enw maen nhw&apos;n hoffi cael eu galw wrtho</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Languages</source>
        <translation>&amp;Ieithoedd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Languages</source>
        <translation>Ieithoedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas, such as Polish, English</source>
        <translation>Wedi&apos;u gwahanu gan atalnodau, fel Pwyleg, Saesneg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Team</source>
        <translation>&amp;Tîm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&amp;inker</source>
        <translation>C&amp;ysylltydd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linker</source>
        <translation>Cysylltydd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ws</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Where they live and how to reach them</source>
        <translation>Ble maen nhw&apos;n byw a sut i gysylltu â nhw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Post&amp;code</source>
        <translation>Cod &amp;post</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Such as LS6 2AB</source>
        <translation>Fel LS6 2AB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Phone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Email</source>
        <translation>E-&amp;bost</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;ddress</source>
        <translation>C&amp;yfeiriad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why contact details are locked</source>
        <translation>Pam mae&apos;r manylion cyswllt wedi&apos;u cloi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accessi&amp;bility needs</source>
        <translation>Anghenion &amp;hygyrchedd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accessibility needs</source>
        <translation>Anghenion hygyrchedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What helps them take part, in their words</source>
        <translation>Beth sy&apos;n eu helpu i gymryd rhan, yn eu geiriau nhw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why accessibility needs are locked</source>
        <translation>Pam mae&apos;r anghenion hygyrchedd wedi&apos;u cloi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Draft restored</source>
        <translation>Adferwyd y drafft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Possible duplicate</source>
        <translation>Dyblygiad posibl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the e&amp;xisting record</source>
        <translation>Agor y cofnod sy&apos;n &amp;bodoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the existing record</source>
        <translation>Agor y cofnod sy&apos;n bodoli</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;anyway</source>
        <translation>Cadw &amp;beth bynnag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save anyway</source>
        <translation>Cadw beth bynnag</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>PersonPrint</name>
    <message>
        <location filename="../../desktop/gui/printing/person_print.py" line="+54"/>
        <source>Print card…</source>
        <translation>Argraffu cerdyn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print their offer cards</source>
        <translation>Argraffu eu cardiau cynnig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save summary as PDF…</source>
        <translation>Cadw’r crynodeb fel PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save their summary, My offer, my record, as a PDF</source>
        <translation>Cadw eu crynodeb, Fy nghynnig, fy nghofnod, fel PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the card cannot be printed</source>
        <translation>Pam na ellir argraffu’r cerdyn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing message</source>
        <translation>Neges am argraffu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Record their agreement on the Consents tab first.</source>
        <translation>Cofnodwch eu cytundeb ar y tab Caniatâd yn gyntaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They have no current offer (agreed, matched or active), so there is no card to print yet.</source>
        <translation>Does ganddyn nhw ddim cynnig cyfredol (wedi’i gytuno, wedi’i baru neu ar waith), felly does dim cerdyn i’w argraffu eto.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Print their cards</source>
        <translation>Argraffu eu cardiau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save their cards as a PDF</source>
        <translation>Cadw eu cardiau fel PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as %1.</source>
        <translation>Wedi’i gadw fel %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some words fit on neither side of a card and were not printed; shorten the offer in the offer editor.</source>
        <translation>Doedd rhai geiriau ddim yn ffitio ar y naill ochr na’r llall o gerdyn ac ni chawson nhw eu hargraffu; byrhewch y cynnig yn y golygydd cynigion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their card went to the printer.</source>
        <translation>Aeth eu cerdyn i’r argraffydd.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Their %n cards went to the printer.</source>
        <translation>
            <numerusform>Aeth eu %n cerdyn i’r argraffydd.</numerusform>
            <numerusform>Aeth eu %n cerdyn i’r argraffydd.</numerusform>
            <numerusform>Aeth eu %n cerdyn i’r argraffydd.</numerusform>
            <numerusform>Aeth eu %n cerdyn i’r argraffydd.</numerusform>
            <numerusform>Aeth eu %n o gardiau i’r argraffydd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save their summary as a PDF</source>
        <translation>Cadw eu crynodeb fel PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Saved their summary as %1.</source>
        <translation>Wedi cadw eu crynodeb fel %1.</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <location filename="../../desktop/gui/people/person_screen.py" line="+61"/>
        <location line="+84"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Full name</source>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Amdanyn nhw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What needs their agreement</source>
        <translation>Beth sydd angen eu caniatâd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parts of this person&apos;s record</source>
        <translation>Rhannau o gofnod y person hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this person</source>
        <translation>Am y person hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Consents</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Sgyrsiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offers and requests</source>
        <translation>Cynigion a cheisiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introductions</source>
        <translation>Cyflwyniadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wellbeing</source>
        <translation>Llesiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Linker: %1</source>
        <translation>Cysylltydd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: %1</source>
        <translation>Tîm: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaks %1</source>
        <translation>Yn siarad %1</translation>
    </message>
</context>
<context>
    <name>PersonTabs</name>
    <message>
        <location filename="../../desktop/gui/people/person_tabs.py" line="+177"/>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Paused</source>
        <translation>Wedi oedi</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Completed</source>
        <translation>Wedi&apos;i chwblhau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Being shaped</source>
        <translation>Wrthi&apos;n cael ei lunio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Agreed</source>
        <translation>Wedi cytuno</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+9"/>
        <source>Matched</source>
        <translation>Wedi&apos;i baru</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Ended</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met</source>
        <comment>a request: the help was found</comment>
        <translation>Wedi&apos;i ddiwallu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Wedi cau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested</source>
        <translation>Wedi&apos;i awgrymu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Met</source>
        <comment>an introduction: the two met</comment>
        <translation>Wedi cwrdd</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Planned</source>
        <comment>an introduction: a meeting is planned</comment>
        <translation>Wedi&apos;i drefnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Going well</source>
        <translation>Yn mynd yn dda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not work out</source>
        <translation>Heb weithio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop/gui/common/pdf_printer.py" line="+44"/>
        <source>The card could not be drawn. Try again; if it keeps happening, tell your coordinator.</source>
        <translation>Doedd dim modd llunio’r cerdyn. Rhowch gynnig arall arni; os yw’n dal i ddigwydd, dywedwch wrth eich cydlynydd.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The printer could not be started. Check it is switched on and connected, then try again.</source>
        <translation>Doedd dim modd cychwyn yr argraffydd. Gwiriwch ei fod ymlaen ac wedi’i gysylltu, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The printer stopped part-way. Check it for paper or a jam, then print again.</source>
        <translation>Stopiodd yr argraffydd hanner ffordd. Gwiriwch fod papur ynddo ac nad oes dim yn sownd, yna argraffwch eto.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/gui/common/i18n.py" line="+30"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>RecordEditorScreen</name>
    <message>
        <location filename="../../desktop/gui/offers/record_editor.py" line="+237"/>
        <source>Discard what was typed here since the last save? This cannot be undone.</source>
        <translation>Taflu&apos;r hyn a deipiwyd yma ers y tro diwethaf y cadwyd? Does dim modd dadwneud hyn.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="-138"/>
        <location line="+6"/>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This recovery key opens the vault if every passphrase is forgotten. It is shown only now: write it down or print it, and keep it in the office safe.</source>
        <translation>Mae&apos;r allwedd adfer hon yn agor y gladdgell os bydd pob cyfrinymadrodd wedi mynd yn angof. Dim ond nawr y caiff ei dangos: ysgrifennwch hi neu argraffwch hi, a&apos;i chadw yn sêff y swyddfa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save the recovery sheet to print…</source>
        <translation>&amp;Cadw’r daflen adfer i’w hargraffu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery sheet to print</source>
        <translation>Cadw’r daflen adfer i’w hargraffu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery sheet</source>
        <translation>Taflen adfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have kept it safe — &amp;continue</source>
        <translation>Rwyf wedi&apos;i chadw&apos;n ddiogel — &amp;parhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the recovery sheet</source>
        <translation>Cadw’r daflen adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved as %1. Print it now, then delete the file: the paper copy is the one to keep.</source>
        <translation>Wedi’i chadw fel %1. Argraffwch hi nawr, yna dilëwch y ffeil: y copi papur yw’r un i’w gadw.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../desktop/gui/marketplace/register_model.py" line="+15"/>
        <source>Offer</source>
        <translation>Cynnig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>Cyfle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts</source>
        <translation>Doniau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linker</source>
        <translation>Cysylltydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <location filename="../../ui/request_editor.ui" line="+6"/>
        <source>Request editor</source>
        <translation>Golygydd ceisiadau</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write down the help they are looking for, in their own words, and when and where it would suit them.</source>
        <translation>Ysgrifennwch yr help maen nhw&apos;n chwilio amdano, yn eu geiriau eu hunain, a phryd a ble y byddai&apos;n gweddu iddyn nhw.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Draft restored</source>
        <translation>Adferwyd y drafft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored what was typed here before; it is not saved yet.</source>
        <translation>Adferwyd yr hyn a deipiwyd yma o&apos;r blaen; dydy e ddim wedi&apos;i gadw eto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discard unsaved changes</source>
        <translation>Taflu newidiadau heb eu cadw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;iscard unsaved changes</source>
        <translation>&amp;Taflu newidiadau heb eu cadw</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;What help they want</source>
        <translation>&amp;Pa help maen nhw ei eisiau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What help they are looking for, in their own words</source>
        <translation>Pa help maen nhw&apos;n chwilio amdano, yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In their own words, for example: someone to walk to the shops with on Fridays</source>
        <translation>Yn eu geiriau eu hunain, er enghraifft: rhywun i gerdded i&apos;r siopau gyda nhw ar ddydd Gwener</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tags</source>
        <translation>&amp;Tagiau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Details</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anything that helps find the right person: what matters to them, what to avoid</source>
        <translation>Unrhyw beth sy&apos;n helpu i ddod o hyd i&apos;r person iawn: beth sy&apos;n bwysig iddyn nhw, beth i&apos;w osgoi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>W&amp;hen they are free</source>
        <translation>&amp;Pryd maen nhw&apos;n rhydd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weekly availability</source>
        <translation>Pryd maen nhw ar gael bob wythnos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whe&amp;re</source>
        <translation>B&amp;le</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: at home, in town, at the library</source>
        <translation>Er enghraifft: gartref, yn y dref, yn y llyfrgell</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel and keep the draft</source>
        <translation>Canslo a chadw&apos;r drafft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back; what you typed is kept as a draft (Esc)</source>
        <translation>Mynd yn ôl; mae&apos;r hyn a deipiwyd gennych yn cael ei gadw fel drafft (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save (Ctrl+S)</source>
        <translation>Cadw (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
</context>
<context>
    <name>RequestScreen</name>
    <message>
        <location filename="../../desktop/gui/offers/request_screen.py" line="+25"/>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matched</source>
        <translation>Wedi&apos;i baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met</source>
        <translation>Wedi&apos;i ddiwallu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Wedi cau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New request from %1</source>
        <translation>Cais newydd gan %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request from %1</source>
        <translation>Cais gan %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Back to &amp;open (the match fell through)</source>
        <translation>Yn ôl i ‘ar &amp;agor’ (methodd y paru)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;open</source>
        <translation>&amp;Ailagor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;matched</source>
        <translation>Nodi fel wedi&apos;i &amp;baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as m&amp;et</source>
        <translation>Nodi ei fod wedi&apos;i &amp;ddiwallu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close this request</source>
        <translation>&amp;Cau&apos;r cais hwn</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../desktop/gui/home/home_screen.py" line="-364"/>
        <source>%1: empty</source>
        <translation>%1: gwag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../desktop/gui/conversation/conversation_widgets.py" line="+105"/>
        <source>Ideas to talk about:</source>
        <translation>Syniadau i sgwrsio amdanyn nhw:</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/gui/settings/settings_screen.py" line="+74"/>
        <location filename="../../ui/settings.ui" line="+6"/>
        <location line="+6"/>
        <location line="+7"/>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard (100%)</source>
        <translation>Safonol (100%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger (125%)</source>
        <translation>Mwy (125%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest (150%)</source>
        <translation>Mwyaf (150%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linker</source>
        <translation>Cysylltydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Cydlynydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day-centre staff</source>
        <translation>Staff canolfan ddydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(you)</source>
        <translation>(chi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>can unlock</source>
        <translation>yn gallu datgloi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no passphrase on this vault</source>
        <translation>dim cyfrinymadrodd ar y gladdgell hon</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved. This screen has changed already; the rest of Offerbook will be in {language} after you close it and open it again.</source>
        <translation>Wedi&apos;i gadw. Mae&apos;r sgrin hon wedi newid yn barod; bydd gweddill Offerbook yn yr iaith a ddewiswyd ({language}) ar ôl i chi ei gau a&apos;i agor eto.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>You cannot remove yourself while you are signed in; ask another coordinator to do it.</source>
        <translation>Allwch chi ddim tynnu eich hun tra&apos;ch bod wedi mewngofnodi; gofynnwch i gydlynydd arall wneud hynny.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove {name} from this vault? Their passphrase will stop opening it. What they recorded stays.</source>
        <translation>Tynnu {name} o&apos;r gladdgell hon? Bydd eu cyfrinymadrodd yn peidio â&apos;i hagor. Mae&apos;r hyn a gofnodwyd ganddyn nhw yn aros.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} can no longer unlock this vault.</source>
        <translation>All {name} ddim datgloi&apos;r gladdgell hon mwyach.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the new staff member&apos;s name.</source>
        <translation>Teipiwch enw&apos;r aelod newydd o staff.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are different; type them again.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol; teipiwch nhw eto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding {name}…</source>
        <translation>Wrthi&apos;n ychwanegu {name}…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Added {name}. They can unlock Offerbook with their own passphrase now.</source>
        <translation>Ychwanegwyd {name}. Gallan nhw ddatgloi Offerbook gyda&apos;u cyfrinymadrodd eu hunain nawr.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Something went wrong adding them; nothing was changed. Try again.</source>
        <translation>Aeth rhywbeth o&apos;i le wrth eu hychwanegu; newidiwyd dim. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type your current passphrase first.</source>
        <translation>Teipiwch eich cyfrinymadrodd presennol yn gyntaf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two new passphrases are different; type them again.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd newydd yn wahanol; teipiwch nhw eto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changing your passphrase…</source>
        <translation>Wrthi&apos;n newid eich cyfrinymadrodd…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your passphrase is changed. Use the new one next time you unlock.</source>
        <translation>Mae eich cyfrinymadrodd wedi newid. Defnyddiwch yr un newydd y tro nesaf y byddwch chi&apos;n datgloi.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Something went wrong; your passphrase was not changed. Try again.</source>
        <translation>Aeth rhywbeth o&apos;i le; ni newidiwyd eich cyfrinymadrodd. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="+18"/>
        <location line="+3"/>
        <source>This computer</source>
        <translation>Y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minutes idle before &amp;locking</source>
        <translation>Munudau segur cyn &amp;cloi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minutes idle before locking</source>
        <translation>Munudau segur cyn cloi</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text si&amp;ze</source>
        <translation>&amp;Maint y testun</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Message about this computer&apos;s settings</source>
        <translation>Neges am osodiadau&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Your passphrase</source>
        <translation>Eich cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the passphrase you unlock Offerbook with. Everyone else keeps theirs.</source>
        <translation>Newidiwch y cyfrinymadrodd rydych chi&apos;n datgloi Offerbook ag ef. Mae pawb arall yn cadw eu rhai nhw.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Current passphrase</source>
        <translation>Cyfrinymadrodd &amp;presennol</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current passphrase</source>
        <translation>Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>N&amp;ew passphrase</source>
        <translation>Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New one ag&amp;ain</source>
        <translation>Yr un newydd &amp;eto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New passphrase again</source>
        <translation>Cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Message about your passphrase</source>
        <translation>Neges am eich cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hange passphrase</source>
        <translation>Ne&amp;wid y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+3"/>
        <source>Staff who can unlock this vault</source>
        <translation>Staff sy&apos;n gallu datgloi&apos;r gladdgell hon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Message about staff</source>
        <translation>Neges am staff</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove from this vault</source>
        <translation>Tynnu o&apos;r gladdgell hon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove from this vault</source>
        <translation>Tynnu o&apos;r gla&amp;ddgell hon</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Add a staff member</source>
        <translation>Ychwanegu aelod o staff</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>They choose their own passphrase and type it here twice. Anyone added can unlock this vault on this computer.</source>
        <translation>Maen nhw&apos;n dewis eu cyfrinymadrodd eu hunain ac yn ei deipio yma ddwywaith. Gall unrhyw un sy&apos;n cael ei ychwanegu ddatgloi&apos;r gladdgell hon ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name</source>
        <translation>Enw&apos;r &amp;aelod</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New staff member&apos;s name</source>
        <translation>Enw&apos;r aelod newydd o staff</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R&amp;ole</source>
        <translation>&amp;Rôl</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Passphrase</source>
        <translation>Eu c&amp;yfrinymadrodd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Their passphrase</source>
        <translation>Eu cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passphrase again (con&amp;firm)</source>
        <translation>Cyfrinymadrodd eto (cadarn&amp;hau)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Their passphrase again</source>
        <translation>Eu cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Message about adding staff</source>
        <translation>Neges am ychwanegu staff</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add staff member</source>
        <translation>Ychwanegu aelod o staff</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd staff member</source>
        <translation>Ychwanegu aelod o sta&amp;ff</translation>
    </message>
</context>
<context>
    <name>StatusSteps</name>
    <message>
        <location filename="../../desktop/gui/offers/editor_widgets.py" line="+192"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>U&amp;ndo status change</source>
        <translation>&amp;Dadwneud y newid statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo status change</source>
        <translation>Dadwneud y newid statws</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (not saved yet; it was %2)</source>
        <translation>%1 (heb ei gadw eto; %2 oedd e)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status: %1</source>
        <translation>Statws: %1</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <location filename="../../desktop/gui/sync/status_line.py" line="+179"/>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncing… %1 received</source>
        <translation>Yn cysoni… %1 wedi&apos;u derbyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing… %1 of %2 sent</source>
        <translation>Yn cysoni… %1 o %2 wedi&apos;u hanfon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Yn cysoni…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected to a hub yet — everything is saved on this laptop</source>
        <translation>Heb gysylltu â hwb eto — mae popeth wedi&apos;i gadw ar y gliniadur hwn</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) waiting — no connection</source>
        <translation>
            <numerusform>%n newid yn aros — dim cysylltiad</numerusform>
            <numerusform>%n newid yn aros — dim cysylltiad</numerusform>
            <numerusform>%n newid yn aros — dim cysylltiad</numerusform>
            <numerusform>%n newid yn aros — dim cysylltiad</numerusform>
            <numerusform>%n o newidiadau yn aros — dim cysylltiad</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing waiting to send — no connection to the hub just now</source>
        <translation>Dim byd yn aros i&apos;w anfon — dim cysylltiad â&apos;r hwb ar hyn o bryd</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) waiting to send</source>
        <translation>
            <numerusform>%n newid yn aros i&apos;w anfon</numerusform>
            <numerusform>%n newid yn aros i&apos;w anfon</numerusform>
            <numerusform>%n newid yn aros i&apos;w anfon</numerusform>
            <numerusform>%n newid yn aros i&apos;w anfon</numerusform>
            <numerusform>%n o newidiadau yn aros i&apos;w hanfon</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last sync %1</source>
        <translation>cysoni diwethaf %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to the hub — not synced yet</source>
        <translation>Wedi cysylltu â&apos;r hwb — heb gysoni eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything is on the hub, %1</source>
        <translation>Mae popeth ar yr hwb, %1</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location line="+17"/>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync status</source>
        <translation>Cyflwr cysoni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts to review</source>
        <translation>Gwrthdaro i&apos;w hadolygu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync progress</source>
        <translation>Cynnydd cysoni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop syncing</source>
        <translation>Stopio cysoni</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this laptop&apos;s changes to the hub and fetch the team&apos;s (Ctrl+Shift+S)</source>
        <translation>Anfon newidiadau&apos;r gliniadur hwn i&apos;r hwb a nôl rhai&apos;r tîm (Ctrl+Shift+S)</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n gwrthdaro i&apos;w adolygu</numerusform>
            <numerusform>%n gwrthdaro i&apos;w adolygu</numerusform>
            <numerusform>%n gwrthdaro i&apos;w adolygu</numerusform>
            <numerusform>%n gwrthdaro i&apos;w adolygu</numerusform>
            <numerusform>%n gwrthdaro i&apos;w adolygu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../desktop/gui/sync/sync_screen.py" line="+32"/>
        <location line="+5"/>
        <location line="+50"/>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Sync status</source>
        <translation>Cyflwr cysoni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Cysoni nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Devices…</source>
        <translation>&amp;Dyfeisiau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Dyfeisiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol a laptop, see every laptop, revoke one</source>
        <translation>Cofrestru gliniadur, gweld pob gliniadur, dirymu un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop is not connected to an organisation&apos;s hub, so everything stays on it. To share the register with your team, ask your coordinator for a one-time code and join the organisation.</source>
        <translation>Nid yw&apos;r gliniadur hwn wedi&apos;i gysylltu â hwb sefydliad, felly mae popeth yn aros arno. I rannu&apos;r gofrestr gyda&apos;ch tîm, gofynnwch i&apos;ch cydlynydd am god untro ac ymunwch â&apos;r sefydliad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Join an organisation…</source>
        <translation>&amp;Ymuno â sefydliad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join an organisation</source>
        <translation>Ymuno â sefydliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onnect to a hub…</source>
        <translation>Cysylltu â &amp;hwb…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a hub</source>
        <translation>Cysylltu â hwb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinators: set up the organisation on its hub with the hub&apos;s admin token</source>
        <translation>Cydlynwyr: sefydlu&apos;r sefydliad ar ei hwb gyda thocyn gweinyddu&apos;r hwb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../desktop/gui/sync/words.py" line="+20"/>
        <location line="+13"/>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Staff member</source>
        <translation>Aelod o staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person&apos;s details</source>
        <translation>Manylion y person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Sgwrs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gift</source>
        <translation>Dawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Cynnig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request for help</source>
        <translation>Cais am help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opportunity</source>
        <translation>Cyfle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduction</source>
        <translation>Cyflwyniad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up</source>
        <translation>Cam dilynol</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Wellbeing scores</source>
        <translation>Sgorau llesiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop-in visit</source>
        <translation>Ymweliad galw heibio</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <location line="+5"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work email</source>
        <translation>E-bost gwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work phone</source>
        <translation>Ffôn gwaith</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preferred name</source>
        <translation>Enw dewisol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linker</source>
        <translation>Cysylltydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>Ieithoedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access needs</source>
        <translation>Anghenion mynediad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First met</source>
        <translation>Cyfarfod gyntaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is for</source>
        <translation>Beth yw ei ddiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Wedi cytuno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it was given</source>
        <translation>Sut y&apos;i rhoddwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded on</source>
        <translation>Cofnodwyd ar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on</source>
        <translation>Yn dod i ben ar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawn on</source>
        <translation>Tynnwyd yn ôl ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Atebion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who was there</source>
        <translation>Pwy oedd yno</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Started on</source>
        <translation>Dechreuwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished on</source>
        <translation>Gorffennwyd ar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In their own words</source>
        <translation>Yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who it is for</source>
        <translation>Ar gyfer pwy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When they are free</source>
        <translation>Pryd maen nhw&apos;n rhydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>Pa mor aml</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conditions</source>
        <translation>Amodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support needed</source>
        <translation>Cymorth sydd ei angen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website</source>
        <translation>Gwefan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happens</source>
        <translation>Pryd mae&apos;n digwydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who goes with them</source>
        <translation>Pwy sy&apos;n mynd gyda nhw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned for</source>
        <translation>Wedi&apos;i drefnu ar gyfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met on</source>
        <translation>Cyfarfod ar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Yn ddyledus ar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done on</source>
        <translation>Gwnaed ar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Life satisfaction</source>
        <translation>Bodlonrwydd â bywyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things feel worthwhile</source>
        <translation>Pethau&apos;n teimlo&apos;n werth chweil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Happiness</source>
        <translation>Hapusrwydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anxiety</source>
        <translation>Gorbryder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Cyrhaeddodd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Gadawodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted or kept</source>
        <translation>Wedi&apos;i ddileu neu wedi&apos;i gadw</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Wedi&apos;i ddileu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone not on this laptop</source>
        <translation>rhywun nad yw ar y gliniadur hwn</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <location filename="../../desktop/gui/offers/editor_widgets.py" line="-210"/>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find a tag</source>
        <translation>Chwilio am dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a tag: type a word they used, then press Down</source>
        <translation>Chwilio am dag: teipiwch air a ddefnyddion nhw, yna pwyswch I Lawr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags to choose from</source>
        <translation>Tagiau i ddewis ohonyn nhw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space ticks or unticks the highlighted tag.</source>
        <translation>Mae Bylchwr yn ticio neu&apos;n dad-dicio&apos;r tag sydd wedi&apos;i amlygu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chosen tags</source>
        <translation>Tagiau a ddewiswyd</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Chosen: %1</source>
        <translation>Wedi&apos;u dewis: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tags chosen yet.</source>
        <translation>Dim tagiau wedi&apos;u dewis eto.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../desktop/gui/unlock/vault_pages.py" line="+43"/>
        <source>Unlocking…</source>
        <translation>Wrthi&apos;n datgloi…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong unlocking; nothing was lost. Try again.</source>
        <translation>Aeth rhywbeth o&apos;i le wrth ddatgloi; chollwyd dim. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="+5"/>
        <source>Unlock the vault</source>
        <translation>Datgloi&apos;r gladdgell</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock Offerbook</source>
        <translation>Datgloi Offerbook</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything here is encrypted. Type your passphrase, or the recovery key from the printed recovery sheet.</source>
        <translation>Mae popeth yma wedi&apos;i amgryptio. Teipiwch eich cyfrinymadrodd, neu&apos;r allwedd adfer o&apos;r daflen adfer brintiedig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
</context>
<context>
    <name>WellbeingTab</name>
    <message>
        <location filename="../../desktop/gui/people/person_tabs.py" line="-118"/>
        <source>The four ONS wellbeing questions, each scored 0 to 10 and kept apart. For the first three higher is better; for anxiety lower is better.</source>
        <translation>Pedwar cwestiwn llesiant yr ONS, pob un wedi&apos;i sgorio o 0 i 10 a&apos;u cadw ar wahân. Ar gyfer y tri cyntaf, gorau po uchaf; ar gyfer gorbryder, gorau po isaf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No wellbeing answers recorded yet.</source>
        <translation>Dim atebion llesiant wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wellbeing answers</source>
        <translation>Atebion llesiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Life satisfaction</source>
        <translation>Bodlonrwydd â bywyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worthwhile</source>
        <translation>Gwerth chweil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happiness yesterday</source>
        <translation>Hapusrwydd ddoe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anxiety yesterday</source>
        <translation>Gorbryder ddoe</translation>
    </message>
</context>
<context>
    <name>_NetworkDialog</name>
    <message>
        <location filename="../../desktop/gui/sync/join_dialog.py" line="-122"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Talking to the hub…</source>
        <translation>Yn siarad â&apos;r hwb…</translation>
    </message>
</context>
<context>
    <name>_SidePanel</name>
    <message>
        <location filename="../../desktop/gui/sync/conflicts.py" line="-195"/>
        <source>Who changed it and when</source>
        <translation>Pwy a&apos;i newidiodd a phryd</translation>
    </message>
</context>
</TS>
