#include "flow/consent_catalog.hpp"

#include <array>
#include <map>

namespace cardex::kiosk {
namespace {

// Index of each language in the wording arrays below.
constexpr std::array<std::string_view, 7> language_order = {"fr", "en", "es", "it", "de", "zh", "uk"};

using Wordings = std::array<std::string_view, 7>;

const std::map<std::string, Wordings, std::less<>>& wordings() {
    static const std::map<std::string, Wordings, std::less<>> table = {
        {"kiosk.marketing_email",
         {"J'accepte de recevoir par e-mail les offres et nouvelles de l'hôtel et de son groupe. Je peux me "
          "désinscrire à tout moment, en un clic depuis chaque e-mail.",
          "I agree to receive offers and news from the hotel and its group by e-mail. I can unsubscribe at any "
          "time with one click from any e-mail.",
          "Acepto recibir por correo electrónico ofertas y novedades del hotel y de su grupo. Puedo darme de baja "
          "en cualquier momento con un clic desde cada correo.",
          "Accetto di ricevere via e-mail offerte e novità dell'hotel e del suo gruppo. Posso annullare "
          "l'iscrizione in qualsiasi momento con un clic da ogni e-mail.",
          "Ich möchte Angebote und Neuigkeiten des Hotels und seiner Gruppe per E-Mail erhalten. Ich kann mich "
          "jederzeit mit einem Klick in jeder E-Mail abmelden.",
          "我同意通过电子邮件接收酒店及其集团的优惠和资讯。我可以随时通过每封邮件中的链接一键退订。",
          "Я погоджуюся отримувати електронною поштою пропозиції та новини готелю і його групи. Я можу "
          "відписатися будь-коли одним натисканням у кожному листі."}},
        {"kiosk.marketing_sms",
         {"J'accepte de recevoir par SMS les offres de l'hôtel et de son groupe. Je peux me désinscrire à tout "
          "moment en répondant STOP.",
          "I agree to receive offers from the hotel and its group by text message (SMS). I can unsubscribe at "
          "any time by replying STOP.",
          "Acepto recibir por SMS ofertas del hotel y de su grupo. Puedo darme de baja en cualquier momento "
          "respondiendo STOP.",
          "Accetto di ricevere via SMS offerte dell'hotel e del suo gruppo. Posso annullare l'iscrizione in "
          "qualsiasi momento rispondendo STOP.",
          "Ich möchte Angebote des Hotels und seiner Gruppe per SMS erhalten. Ich kann mich jederzeit mit der "
          "Antwort STOP abmelden.",
          "我同意通过短信接收酒店及其集团的优惠。我可以随时回复 STOP 退订。",
          "Я погоджуюся отримувати SMS із пропозиціями готелю та його групи. Я можу відписатися будь-коли, "
          "відповівши STOP."}},
        {"kiosk.profiling",
         {"J'accepte que l'hôtel utilise l'historique de mes séjours pour me proposer des offres personnalisées.",
          "I agree that the hotel uses the history of my stays to make me personalised offers.",
          "Acepto que el hotel utilice el historial de mis estancias para ofrecerme ofertas personalizadas.",
          "Accetto che l'hotel utilizzi lo storico dei miei soggiorni per propormi offerte personalizzate.",
          "Ich bin einverstanden, dass das Hotel meine bisherigen Aufenthalte nutzt, um mir persönliche "
          "Angebote zu machen.",
          "我同意酒店使用我的入住记录为我提供个性化优惠。",
          "Я погоджуюся, щоб готель використовував історію моїх перебувань для персональних пропозицій."}},
    };
    return table;
}

}  // namespace

const std::vector<ConsentText>& kiosk_consents() {
    static const std::vector<ConsentText> list = {
        {cardex::ConsentPurpose::marketing_email, "kiosk.marketing_email", 1},
        {cardex::ConsentPurpose::marketing_sms, "kiosk.marketing_sms", 1},
        {cardex::ConsentPurpose::profiling, "kiosk.profiling", 1},
    };
    return list;
}

std::string consent_wording(std::string_view text_id, std::string_view language) {
    const auto it = wordings().find(text_id);
    if (it == wordings().end()) return {};
    std::size_t index = 1;  // English
    for (std::size_t i = 0; i < language_order.size(); ++i)
        if (language_order[i] == language) index = i;
    return std::string(it->second[index]);
}

const std::vector<std::string>& kiosk_languages() {
    static const std::vector<std::string> list(language_order.begin(), language_order.end());
    return list;
}

}  // namespace cardex::kiosk
