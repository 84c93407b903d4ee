// A guest fills the registration card on the kiosk's screens while the server is down; the card
// waits, sealed, in the tablet's outbox; the server comes back and the sync service sends it without
// anyone touching the tablet; the register merges it with the profile a PMS export brought in; and
// nothing of the guest stays readable on the tablet.
import QtQuick
import QtTest
import Cardex.Kiosk
import Cardex.Kiosk.Backend
import Cardex.E2E

TestCase {
    id: testCase
    name: "KioskE2E"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component { id: mainComponent; Main { visible: true } }

    property var window: null
    function tap(objectName) {
        const item = findChild(window.contentItem, objectName)
        verify(item, objectName)
        waitForRendering(window.contentItem)
        mouseClick(item)
        wait(0)
    }
    function isoDate(offsetDays) {
        const d = new Date()
        d.setDate(d.getDate() + offsetDays)
        return Qt.formatDate(d, "yyyy-MM-dd")
    }

    function test_card_filled_offline_syncs_merges_and_leaves_no_trace() {
        // The supervisor enrols the tablet (the server is up for that).
        Kiosk.enrol(E2E.enrolmentCode(), "Lobby e2e")
        tryCompare(Kiosk, "enrolmentState", "ok", 20000)
        tryCompare(Kiosk, "enrolled", true, 5000)

        // The server goes down; meanwhile the group's PMS export reaches the register.
        E2E.killServer()
        E2E.importPmsExport()

        // A guest arrives: French, no booking, fills every screen, signs.
        window = createTemporaryObject(mainComponent, null)
        window.instant = true
        waitForRendering(window.contentItem)
        tap("language_fr")
        compare(window.current, "booking")
        tap("noBooking")
        compare(window.current, "identity")
        const f = Kiosk.form
        f.set("guest.first_name", "Patrick"); f.set("guest.last_name", "Martin")
        f.set("guest.birth_date", "1956-12-28"); f.set("guest.birth_place", "Lyon"); f.set("guest.nationality", "FR")
        tap("nextButton")
        compare(window.current, "address")
        f.set("guest.address.line1", "12 rue des Lilas"); f.set("guest.address.postcode", "69003")
        f.set("guest.address.city", "Lyon"); f.set("guest.address.country", "FR")
        f.set("stay.arrival", isoDate(0)); f.set("stay.departure", isoDate(2))
        tap("nextButton")
        compare(window.current, "contact")
        f.set("phone_region", "FR"); f.set("guest.phone", "06 52 52 72 72")
        f.set("guest.email", "Patrick.Martin56@orange.fr")
        tap("nextButton")
        compare(window.current, "consents")
        tap("consent_marketing_email")
        compare(f.consents.grantedCount, 1)
        tap("nextButton")
        compare(window.current, "signature")
        f.signature = "M 12 40 C 30 10 50 70 80 30 L 120 45"
        tap("nextButton")
        compare(window.current, "review")
        tap("nextButton")

        // Saved at once: the thank-you screen does not wait for the network.
        compare(window.current, "thanks")
        tryCompare(Kiosk, "outboxSize", 1, 5000)  // the sync service reports from its own thread
        const id = E2E.lastSubmissionId()
        verify(id.length > 0)
        tap("doneButton")
        compare(window.current, "welcome")
        verify(Kiosk.form.empty, "the next guest starts on an empty card")

        // It waits while the sync service fails and backs off; sealed: the id is in clear by design
        // (the outbox is managed without opening records), which shows these are the card's bytes.
        const passes = E2E.syncPasses()
        tryVerify(() => E2E.syncPasses() >= passes + 3, 20000, "the service keeps trying")
        compare(Kiosk.outboxSize, 1)
        verify(Kiosk.lastError.length > 0, "the supervisor sees why")
        verify(E2E.storeContains(id))
        verify(!E2E.storeContains("Martin"), "no name in clear")
        verify(!E2E.storeContains("orange.fr"), "no e-mail in clear")

        // The server comes back on the same address; nobody touches the tablet.
        E2E.restartServer()
        tryVerify(() => Kiosk.outboxSize === 0 && Kiosk.lastError === "", 30000, "sent by itself")
        compare(Kiosk.rejectedCount, 0)

        // One profile with both records: the PMS one and the tablet's card.
        const record = E2E.recordOfLastCard()
        const profile = JSON.parse(E2E.profileOfRecord(record))
        const records = profile.records.map(r => r.source + ":" + r.source_record_id).sort()
        compare(records, [record, "pms:P-1001"].sort())
        compare(profile.golden.first_name, "Patrick", "the guest's own card fills the initial in")
        compare(profile.golden.email.toLowerCase(), "patrick.martin56@orange.fr")

        // Nothing of the guest is left on the tablet: the outbox is empty and the store's files hold
        // neither the personal data nor the id (secure_delete zeroed the row; the WAL is checkpointed
        // and truncated once the outbox is empty, by the pass that emptied it or the next idle one).
        compare(E2E.storeTotal(), 0)
        tryVerify(() => !E2E.storeContains(id), 3000, "the submission id is gone too")
        for (const needle of ["Martin", "MARTIN", "Patrick", "orange.fr", "Lilas"])
            verify(!E2E.storeContains(needle), "found on the tablet: " + needle)
    }
}
