//! The TL objects the server answers with, built whole (grammers' types have no defaults):
//! the account's user, the service account 777000, a config, a message, a session.

use grammers_tl_types as tl;

use crate::account_model::{Session, UserInfo};

/// Telegram's service account: login codes and security notices come from it.
pub const SERVICE_USER_ID: i64 = 777_000;

/// The words Telegram's login-code message uses, with `code` in them.
pub fn login_code_text(code: &str) -> String {
    format!(
        "Login code: {code}. Do not give this code to anyone, even if they say they are from Telegram!\n\n\
         This code can be used to log in to your Telegram account. We never ask it for anything else.\n\n\
         If you didn't request this code by trying to log in on another device, simply ignore this message."
    )
}

pub fn user(info: &UserInfo, is_self: bool) -> tl::enums::User {
    user_object(info.id, Some(info.first_name.clone()), Some(info.phone.clone()), is_self, false).into()
}

pub fn service_user() -> tl::enums::User {
    user_object(SERVICE_USER_ID, Some("Telegram".into()), Some("42777".into()), false, true).into()
}

/// The bot a website logs in through.
pub fn bot_user(id: i64, name: &str, username: &str) -> tl::enums::User {
    let mut bot = user_object(id, Some(name.into()), None, false, false);
    bot.bot = true;
    bot.username = Some(username.into());
    bot.bot_info_version = Some(1);
    bot.into()
}

fn user_object(
    id: i64,
    first_name: Option<String>,
    phone: Option<String>,
    is_self: bool,
    service: bool,
) -> tl::types::User {
    tl::types::User {
        is_self,
        contact: false,
        mutual_contact: false,
        deleted: false,
        bot: false,
        bot_chat_history: false,
        bot_nochats: false,
        verified: service,
        restricted: false,
        min: false,
        bot_inline_geo: false,
        support: service,
        scam: false,
        apply_min_photo: false,
        fake: false,
        bot_attach_menu: false,
        premium: false,
        attach_menu_enabled: false,
        bot_can_edit: false,
        close_friend: false,
        stories_hidden: false,
        stories_unavailable: false,
        contact_require_premium: false,
        bot_business: false,
        bot_has_main_app: false,
        bot_forum_view: false,
        bot_forum_can_manage_topics: false,
        bot_can_manage_bots: false,
        bot_guestchat: false,
        bot_guard: false,
        id,
        access_hash: Some(id.wrapping_mul(0x5851_f42d_4c95_7f2d)),
        first_name,
        last_name: None,
        username: None,
        phone,
        photo: None,
        status: None,
        bot_info_version: None,
        restriction_reason: None,
        bot_inline_placeholder: None,
        lang_code: None,
        emoji_status: None,
        usernames: None,
        stories_max_id: None,
        color: None,
        profile_color: None,
        bot_active_users: None,
        bot_verification_icon: None,
        send_paid_messages_stars: None,
        linked_community_id: None,
    }
}

/// A config that names no other data centre: the client stays on the address it has.
pub fn config(now: i32, this_dc: i32) -> tl::enums::Config {
    tl::types::Config {
        default_p2p_contacts: false,
        preload_featured_stickers: false,
        revoke_pm_inbox: true,
        blocked_mode: false,
        force_try_ipv6: false,
        date: now,
        expires: now + 3600,
        test_mode: true,
        this_dc,
        dc_options: Vec::new(),
        dc_txt_domain_name: "localhost".into(),
        chat_size_max: 200,
        megagroup_size_max: 200_000,
        forwarded_count_max: 100,
        online_update_period_ms: 210_000,
        offline_blur_timeout_ms: 5_000,
        offline_idle_timeout_ms: 30_000,
        online_cloud_timeout_ms: 300_000,
        notify_cloud_delay_ms: 30_000,
        notify_default_delay_ms: 1_500,
        push_chat_period_ms: 60_000,
        push_chat_limit: 2,
        edit_time_limit: 172_800,
        revoke_time_limit: i32::MAX,
        revoke_pm_time_limit: i32::MAX,
        rating_e_decay: 2_419_200,
        stickers_recent_limit: 200,
        channels_read_media_period: 604_800,
        tmp_sessions: None,
        call_receive_timeout_ms: 20_000,
        call_ring_timeout_ms: 90_000,
        call_connect_timeout_ms: 30_000,
        call_packet_timeout_ms: 10_000,
        me_url_prefix: "https://t.me/".into(),
        autoupdate_url_prefix: None,
        gif_search_username: None,
        venue_search_username: None,
        img_search_username: None,
        static_maps_provider: None,
        caption_length_max: 1024,
        message_length_max: 4096,
        webfile_dc_id: this_dc,
        suggested_lang_code: None,
        lang_pack_version: None,
        base_lang_pack_version: None,
        reactions_default: None,
        autologin_token: None,
    }
    .into()
}

/// A message from the service account to the owner, as `getDifference` returns it.
pub fn service_message(id: i32, date: i32, text: &str) -> tl::enums::Message {
    let from = tl::enums::Peer::User(tl::types::PeerUser { user_id: SERVICE_USER_ID });
    tl::types::Message {
        out: false,
        mentioned: false,
        media_unread: false,
        silent: false,
        post: false,
        from_scheduled: false,
        legacy: false,
        edit_hide: false,
        pinned: false,
        noforwards: false,
        invert_media: false,
        offline: false,
        video_processing_pending: false,
        paid_suggested_post_stars: false,
        paid_suggested_post_ton: false,
        id,
        from_id: Some(from.clone()),
        from_boosts_applied: None,
        from_rank: None,
        peer_id: from,
        saved_peer_id: None,
        fwd_from: None,
        via_bot_id: None,
        via_business_bot_id: None,
        guestchat_via_from: None,
        reply_to: None,
        date,
        message: text.into(),
        media: None,
        reply_markup: None,
        entities: None,
        views: None,
        forwards: None,
        replies: None,
        edit_date: None,
        post_author: None,
        grouped_id: None,
        reactions: None,
        restriction_reason: None,
        ttl_period: None,
        quick_reply_shortcut_id: None,
        effect: None,
        factcheck: None,
        report_delivery_until_date: None,
        paid_message_stars: None,
        suggested_post: None,
        schedule_repeat_period: None,
        summary_from_language: None,
        rich_message: None,
    }
    .into()
}

/// The same message as a live push: `updateShortMessage` carrying its pts.
pub fn service_message_push(id: i32, date: i32, text: &str, pts: i32) -> tl::enums::Updates {
    tl::types::UpdateShortMessage {
        out: false,
        mentioned: false,
        media_unread: true,
        silent: false,
        id,
        user_id: SERVICE_USER_ID,
        message: text.into(),
        pts,
        pts_count: 1,
        date,
        fwd_from: None,
        via_bot_id: None,
        reply_to: None,
        entities: None,
        ttl_period: None,
    }
    .into()
}

/// A session as `account.getAuthorizations` lists it; ours has `current` and hash 0.
pub fn authorization(session: &Session, current: bool) -> tl::enums::Authorization {
    let d = &session.device;
    tl::types::Authorization {
        current,
        official_app: d.official_app,
        password_pending: session.password_pending,
        encrypted_requests_disabled: session.encrypted_requests_disabled,
        call_requests_disabled: session.call_requests_disabled,
        unconfirmed: session.unconfirmed,
        hash: if current { 0 } else { session.hash },
        device_model: d.device_model.clone(),
        platform: d.platform.clone(),
        system_version: d.system_version.clone(),
        api_id: d.api_id,
        app_name: d.app_name.clone(),
        app_version: d.app_version.clone(),
        date_created: session.date_created,
        date_active: session.date_active,
        ip: d.ip.clone(),
        country: d.country.clone(),
        region: d.region.clone(),
    }
    .into()
}

/// `updateNewAuthorization` for a session, as an `updateShort`.
pub fn new_authorization_push(session: &Session, now: i32) -> tl::enums::Updates {
    tl::types::UpdateShort { update: new_authorization_update(session), date: now }.into()
}

/// On the wire the details share the `unconfirmed` flag: a confirmed login's push is its
/// hash alone, exactly as Telegram sends it.
pub fn new_authorization_update(session: &Session) -> tl::enums::Update {
    let d = &session.device;
    let location = [d.region.as_str(), d.country.as_str()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>();
    let details = session.unconfirmed;
    tl::types::UpdateNewAuthorization {
        unconfirmed: session.unconfirmed,
        hash: session.hash,
        date: details.then_some(session.date_created),
        device: details.then(|| format!("{}, {} {}", d.device_model, d.app_name, d.app_version)),
        location: details.then(|| location.join(", ")),
    }
    .into()
}

/// `updateLoginToken` as an `updateShort`: the QR code was scanned.
pub fn login_token_push(now: i32) -> tl::enums::Updates {
    tl::types::UpdateShort { update: tl::enums::Update::LoginToken, date: now }.into()
}
