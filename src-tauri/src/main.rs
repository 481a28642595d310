//! `sessionguard`: the window. It starts the agent if none runs, shows what the agent
//! has and forwards every action to it; closing it leaves the agent guarding.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod agent_link;
mod agent_process;
mod commands;
mod web_engine;

use std::time::Duration;

use tauri::Manager;
use tauri::webview::PageLoadEvent;
use tauri_plugin_window_state::StateFlags;

/// The window shows by then even if its page never says it loaded.
const SHOW_ANYWAY: Duration = Duration::from_secs(2);

fn main() {
    web_engine::prepare();
    sessionguard_protocol::logging::init();
    let agent_args = agent_process::demo_args(std::env::args().skip(1));

    let app = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            // A second launch brings this window to the front instead.
            agent_link::focus_main_window(app);
        }))
        // Remembers size, position, maximized and full screen across launches; not whether
        // it was shown, which is the page's to say (below).
        .plugin(
            tauri_plugin_window_state::Builder::default()
                .with_state_flags(StateFlags::all() - StateFlags::VISIBLE)
                .build(),
        )
        .plugin(tauri_plugin_dialog::init())
        .manage(agent_link::AgentLink::new(agent_args))
        .invoke_handler(tauri::generate_handler![commands::agent_request])
        // The window starts hidden and shows once its page has loaded, or after
        // SHOW_ANYWAY whatever the page does. Shown at once, it was empty until then, and
        // with WebKitGTK drawing without compositing the page's navigation started about
        // 450 ms late in a third of launches (bench/launch; README, "Against Telegram").
        .on_page_load(|webview, load| {
            if load.event() == PageLoadEvent::Finished {
                agent_link::show_main_window(webview.app_handle());
            }
        })
        .setup(|app| {
            let shown = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                tokio::time::sleep(SHOW_ANYWAY).await;
                agent_link::show_main_window(&shown);
            });
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                let link = handle.state::<agent_link::AgentLink>();
                link.run(handle.clone()).await;
            });
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(error) = app {
        eprintln!("sessionguard: the window could not start: {error}");
        std::process::exit(1);
    }
}
